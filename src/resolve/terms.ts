/**
 * Terms: named placeholders in base text, written `<Term id="emb" />` in
 * practice fields and in MDX bodies, and resolved per edition and locale.
 */
import type { ContentDocument } from '../content/types.ts';
import type { Position } from '../utils/yaml-source.ts';
import { outlineBody } from '../markdown/mdx-body.ts';
import type { Terms } from '../schemas/terms.ts';

/** The marker, as written in frontmatter text. */
export const TERM_MARKER = /<Term\s+id="([a-z][a-z0-9-]*)"\s*\/>/g;

export interface TermUse {
	id: string;
	position: Position;
}

function strings(value: unknown, path: PropertyKey[] = []): Array<{ path: PropertyKey[]; text: string }> {
	if (typeof value === 'string') return [{ path, text: value }];
	if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, [...path, index]));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => strings(inner, [...path, key]));
	return [];
}

/** Every term marker in a document's frontmatter and body, with its position. */
export function termUses(document: ContentDocument<unknown>): TermUse[] {
	const inFields = strings(document.source.value).flatMap(({ path, text }) => [...text.matchAll(TERM_MARKER)].map((match) => ({ id: match[1]!, position: document.source.locate(path) })));
	const inBody = outlineBody(document.body, document.bodyLine)
		.components.filter((component) => component.name === 'Term')
		.map((component) => ({ id: component.props.id ?? '', position: { line: component.line, column: 1 } }));
	return [...inFields, ...inBody];
}

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
	return text.replace(TERM_MARKER, (marker, id: string) => values.get(id) ?? marker);
}
