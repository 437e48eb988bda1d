/**
 * Terms resolved per edition and locale: the marker itself is defined in
 * `markdown/term-markers.ts`, the forms in content/terms.yaml.
 */
import { termMarkers } from '../markdown/term-markers.ts';
import { DEFAULT_TERM_FORM, type Terms, type TermValues } from '../schemas/terms.ts';

/** Each term's forms for one edition and locale. @example Map { 'emb' => { definite: 'Elections Canada', start: 'Elections Canada' } } */
export type TermTable = ReadonlyMap<string, Readonly<Record<string, string>>>;

/** The forms of every term for an edition and locale: the edition's own, else the template's neutral default. */
export function termValues(terms: Terms | undefined, editionTerms: Record<string, TermValues>, locale: string): TermTable {
	const values = new Map<string, Readonly<Record<string, string>>>();
	for (const [id, term] of Object.entries(terms?.terms ?? {})) {
		const forms = editionTerms[id]?.[locale] ?? term.default[locale];
		if (forms) values.set(id, forms);
	}
	return values;
}

/** One term in one form; undefined for a term or form the table lacks (validation reports those). */
export function termValue(values: TermTable, id: string, form: string = DEFAULT_TERM_FORM): string | undefined {
	return values.get(id)?.[form];
}

/** Replace the term markers of a text with their values. */
export function resolveTerms(text: string, values: TermTable): string {
	return text.replace(termMarkers(), (marker, id: string, form: string | undefined) => termValue(values, id, form) ?? marker);
}
