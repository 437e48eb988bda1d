/**
 * cet:use-terms — a requirement names an institution through a term, never
 * by a country's own name for it, since each edition must be able to put its
 * own. The names to catch are data: the `names` of each term in
 * content/terms.yaml. Requirements are what an edition adopts: the chapter's
 * title and summary and each practice's title, statement, implementation
 * steps and evidence. The rationale and the prose may name real
 * institutions, as facts from the public record. An edition's own chapters
 * are exempt: they are written for one country. A name counts as a whole
 * word, and is reported at the field (or list item) that holds it.
 *
 * Examples (run as tests by tests/unit/lint/rule-examples.test.ts, which
 * describes the form):
 *
 * @example ok.mdx Terms in the requirements; real names in the rationale and the prose
 * ```json
 * {"institutionNames": [{"name": "Elections Canada", "term": "emb"}, {"name": "Electoral Commission", "term": "emb"}]}
 * ```
 * ```mdx
 * ---
 * code: INC
 * title: Results and incidents
 * practices:
 *   - id: INC-1
 *     statement: Publish the results on the website of <Term id="emb" />.
 *     rationale: Elections Canada publishes poll-by-poll results.
 *     implementation:
 *       - Ask the Electoral Commissions of each region for their figures.
 * ---
 *
 * The Electoral Commission of one country publishes its incident log.
 * ```
 *
 * @example not-ok.mdx Real names in the chapter title and summary, and in a practice's title, statement, step and evidence item
 * ```json
 * {"institutionNames": [{"name": "Elections Canada", "term": "emb"}, {"name": "Canada Elections Act", "term": "electoral-law"}]}
 * ```
 * ```mdx
 * ---
 * code: INC
 * title: Reporting incidents to Elections Canada
 * summary: Makes the returning officers report every incident as the Canada Elections Act requires.
 * practices:
 *   - id: INC-1
 *     title: Send the incident log to Elections Canada
 *     statement: Publish the results as the Canada Elections Act requires.
 *     implementation:
 *       - Send the incident log to Elections Canada.
 *     evidence:
 *       - A receipt from Elections Canada.
 * ---
 * ```
 * ```text
 * 3:1 HardcodedInstitution: The chapter title names Elections Canada, which each edition would have to change; write <Term id="emb" /> instead.
 * 4:1 HardcodedInstitution: The chapter summary names Canada Elections Act, which each edition would have to change; write <Term id="electoral-law" /> instead.
 * 7:5 HardcodedInstitution: The title of INC-1 names Elections Canada, which each edition would have to change; write <Term id="emb" /> instead.
 * 8:5 HardcodedInstitution: The statement of INC-1 names Canada Elections Act, which each edition would have to change; write <Term id="electoral-law" /> instead.
 * 10:9 HardcodedInstitution: Implementation step 1 of INC-1 names Elections Canada, which each edition would have to change; write <Term id="emb" /> instead.
 * 12:9 HardcodedInstitution: Evidence item 1 of INC-1 names Elections Canada, which each edition would have to change; write <Term id="emb" /> instead.
 * ```
 *
 * @example ok-edition.mdx An edition's own chapter, written for one country
 * ```json
 * {"file": "content/editions/ca/chapters/en/local-elections.mdx", "institutionNames": [{"name": "Elections Canada", "term": "emb"}]}
 * ```
 * ```mdx
 * ---
 * code: CA-LOC
 * practices:
 *   - id: CA-LOC-1
 *     statement: Publish the results on the website of Elections Canada.
 * ---
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
			if (Array.isArray(value))
				value.forEach((item, at) => check(item, ['practices', index, field, at], `${field === 'evidence' ? 'Evidence item' : 'Implementation step'} ${at + 1} of ${id}`));
			else check(value, ['practices', index, field], `The ${field} of ${id}`);
		}
	});
});

export default useTerms;
