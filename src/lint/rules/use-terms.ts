/**
 * cet:use-terms — a requirement names an institution through a term, never
 * by a country's own name for it, since each edition must be able to put its
 * own. The names to catch are data: the `names` of each term in
 * content/terms.yaml. Requirements are what an edition adopts: the chapter's
 * title and summary and each practice's title, statement, implementation
 * steps and evidence. The rationale and the prose may name real
 * institutions, as facts from the public record. An edition's own chapters
 * are exempt: they are written for one country.
 *
 * ```yaml
 * statement: Publish the results on the website of Elections Canada.          ✗ HardcodedInstitution
 * statement: Publish the results on the website of <Term id="emb" />.         ✓
 * rationale: Elections Canada publishes poll-by-poll results.                  ✓ (a fact)
 * ```
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { fieldsOf, frontmatterOf } from '../frontmatter.ts';
import { report } from '../../markdown/report.ts';

export interface UseTermsOptions {
	/** Real names, each with the term to write instead. @example [{ name: "Elections Canada", term: "emb" }] */
	names: ReadonlyArray<{ name: string; term: string }>;
}

const CHAPTER_FIELDS = ['title', 'summary'] as const;
const PRACTICE_FIELDS = ['title', 'statement', 'implementation', 'evidence'] as const;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const useTerms = lintRule<Root, UseTermsOptions | undefined>('cet:use-terms', (tree, file, options) => {
	if (!options?.names.length || file.data.content?.edition) return;
	const source = frontmatterOf(tree, file.path);
	if (!source) return;
	const fields = fieldsOf(source);
	// A name as a whole word, in any script: "Electoral Commission" but not "Electoral Commissions".
	const patterns = options.names.map(({ name, term }) => ({ name, term, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'u') }));
	const check = (text: unknown, path: Array<string | number>, label: string) => {
		if (typeof text !== 'string') return;
		for (const { name, term, pattern } of patterns) {
			if (!pattern.test(text)) continue;
			const point = source.locate(path);
			report(file, { start: point, end: point }, 'HardcodedInstitution', name, label, term);
		}
	};
	for (const field of CHAPTER_FIELDS) check(fields[field], [field], `The chapter ${field}`);
	const practices = Array.isArray(fields.practices) ? (fields.practices as Array<Record<string, unknown>>) : [];
	practices.forEach((practice, index) => {
		const id = typeof practice?.id === 'string' ? practice.id : `practice ${index + 1}`;
		for (const field of PRACTICE_FIELDS) {
			const value = practice?.[field];
			if (Array.isArray(value)) value.forEach((item, at) => check(item, ['practices', index, field, at], `${field === 'evidence' ? 'Evidence item' : 'Implementation step'} ${at + 1} of ${id}`));
			else check(value, ['practices', index, field], `The ${field} of ${id}`);
		}
	});
});

export default useTerms;
