/**
 * cet:use-terms — a requirement names an institution through a term, never
 * by a country's own name for it, nor by the neutral wording a term stands
 * for, since each edition must be able to put its own. What to catch is
 * data, in content/terms.yaml: the real `names` of each term (in every
 * locale), and each term's `default` in every form (in its own locale: "the
 * election management body", "de l'organisme de gestion électorale").
 * Requirements are what an edition adopts: the chapter's title and summary
 * (real names only) and each practice's title, statement, implementation
 * steps, evidence and observer question (real names and neutral wording).
 * The rationale and the prose may keep generic wording where it reads
 * better, and name real institutions as facts from the public record. An
 * edition's own chapters are exempt: they are written for one country. A
 * name or phrase counts as whole words, in any case, and is reported at the
 * field (or list item) that holds it.
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
 * @example not-ok-generic.mdx The neutral wording of a term, in any form and case, in a practice's requirements
 * ```json
 * {"file": "content/chapters/fr/results.mdx", "genericPhrases": [{"phrase": "l'organisme de gestion électorale", "locale": "fr", "term": "emb", "form": "definite"}, {"phrase": "de l'organisme de gestion électorale", "locale": "fr", "term": "emb", "form": "of"}, {"phrase": "la police", "locale": "fr", "term": "police", "form": "definite"}, {"phrase": "the police", "locale": "en", "term": "police", "form": "definite"}]}
 * ```
 * ```mdx
 * ---
 * code: INC
 * practices:
 *   - id: INC-1
 *     title: Publier les résultats sur le site de l'organisme de gestion électorale
 *     statement: L'organisme de gestion électorale publie les résultats.
 *     rationale: L'organisme de gestion électorale est seul à les détenir.
 *     implementation:
 *       - Signaler l'incident <Term id="police" form="to" />, jamais à la policière de garde.
 *     question: Le bureau affiche-t-il l'adresse de la police ?
 * ---
 * ```
 * ```text
 * 5:5 GenericInstitution: The title of INC-1 writes "de l'organisme de gestion électorale", the neutral wording an edition cannot change; write <Term id="emb" form="of" /> instead.
 * 6:5 GenericInstitution: The statement of INC-1 writes "L'organisme de gestion électorale", the neutral wording an edition cannot change; write <Term id="emb" /> instead.
 * 10:5 GenericInstitution: The question of INC-1 writes "la police", the neutral wording an edition cannot change; write <Term id="police" /> instead.
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
import { termMarker, termMarkers } from '../../markdown/term-markers.ts';
import type { GenericPhrase } from '../lint-context.ts';

export interface UseTermsOptions {
	/** Real names, each with the term to write instead. @example [{ name: "Elections Canada", term: "emb" }] */
	names: ReadonlyArray<{ name: string; term: string }>;
	/** Each term's neutral value per locale and form (lint-context.ts derives them from content/terms.yaml). */
	phrases?: readonly GenericPhrase[];
}

const CHAPTER_FIELDS = ['title', 'summary'] as const;
const PRACTICE_FIELDS = ['title', 'statement', 'implementation', 'evidence', 'question'] as const;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words, in any script: "Electoral Commission" but not "Electoral Commissions", "la police" but not "la policière". */
const wholeWords = (text: string, flags = '') => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escape(text)}(?![\\p{L}\\p{M}\\p{N}])`, `u${flags}`);

interface Pattern {
	pattern: RegExp;
	/** The word for the report: the name as written in the list, or the phrase as found. */
	found: (match: RegExpExecArray) => string;
	code: 'HardcodedInstitution' | 'GenericInstitution';
	marker: string;
}

const useTerms = lintRule<Root, UseTermsOptions | undefined>('cet:use-terms', (tree, file, options) => {
	if (!options || file.data.content?.edition) return;
	const source = frontmatterOf(tree, file.path);
	if (!source) return;
	const fields = fieldsOf(source);
	const locale = file.data.content?.locale;
	const names: Pattern[] = options.names.map(({ name, term }) => ({ pattern: wholeWords(name), found: () => name, code: 'HardcodedInstitution', marker: termMarker(term) }));
	// Longest first, so that "de l'organisme de gestion électorale" is reported as the "of" form, not as "l'organisme de gestion électorale";
	// a phrase found in any case asks for the form written exactly so, if there is one ("The police" is the start form).
	const ofLocale = (options.phrases ?? []).filter((entry) => entry.locale === locale);
	const exact = new Map(ofLocale.map(({ phrase, term, form }) => [phrase, termMarker(term, form)]));
	const phrases: Pattern[] = [...ofLocale]
		.sort((a, b) => b.phrase.length - a.phrase.length)
		.map(({ phrase, term, form }) => ({ pattern: wholeWords(phrase, 'i'), found: (match) => match[0], code: 'GenericInstitution', marker: termMarker(term, form) }));
	const check = (text: unknown, path: Array<string | number>, label: string, patterns: readonly Pattern[]) => {
		if (typeof text !== 'string') return;
		// Term markers are what the rule asks for: their attributes are not words of the text.
		let rest = text.replace(termMarkers(), (marker) => ' '.repeat(marker.length));
		for (const { pattern, found, code, marker } of patterns) {
			const match = pattern.exec(rest);
			if (!match) continue;
			const point = source.locate(path);
			report(file, { start: point, end: point }, code, found(match), label, exact.get(match[0]) ?? marker);
			// A shorter phrase inside the one just reported is the same mention.
			rest = rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(match.index + match[0].length);
		}
	};
	for (const field of CHAPTER_FIELDS) check(fields[field], [field], `The chapter ${field}`, names);
	const practices = Array.isArray(fields.practices) ? (fields.practices as Array<Record<string, unknown>>) : [];
	practices.forEach((practice, index) => {
		const id = typeof practice?.id === 'string' ? practice.id : `practice ${index + 1}`;
		for (const field of PRACTICE_FIELDS) {
			const value = practice?.[field];
			if (Array.isArray(value))
				value.forEach((item, at) =>
					check(item, ['practices', index, field, at], `${field === 'evidence' ? 'Evidence item' : 'Implementation step'} ${at + 1} of ${id}`, [...names, ...phrases]),
				);
			else check(value, ['practices', index, field], `The ${field} of ${id}`, [...names, ...phrases]);
		}
	});
});

export default useTerms;
