/**
 * Terms resolved per edition and locale: the marker itself is defined in
 * `markdown/term-markers.ts`.
 */
import { termMarkers } from '../markdown/term-markers.ts';
import type { Terms } from '../schemas/terms.ts';

/** The value of every term for an edition and locale: the edition's own, else the template's neutral default. */
export function termValues(terms: Terms | undefined, editionTerms: Record<string, Record<string, string>>, locale: string): Map<string, string> {
	const values = new Map<string, string>();
	for (const [id, term] of Object.entries(terms?.terms ?? {})) {
		const value = editionTerms[id]?.[locale] ?? term.default[locale];
		if (value) values.set(id, value);
	}
	return values;
}

/** Replace the term markers of a text with their values. */
export function resolveTerms(text: string, values: ReadonlyMap<string, string>): string {
	return text.replace(termMarkers(), (marker, id: string) => values.get(id) ?? marker);
}
