/**
 * Term markers: named placeholders in base text, written `<Term id="emb" />`
 * (the definite form) or `<Term id="emb" form="of" />` in practice fields (as
 * text) and in MDX bodies (as a component). This is the one definition of
 * the marker; the resolver (`resolve/terms.ts`), the translation kits and the
 * validators use it.
 */
import type { Position, YamlSource } from '../utils/yaml-source.ts';
import { outlineBody } from './mdx-body.ts';
import { stringLeaves } from '../utils/string-leaves.ts';
import { DEFAULT_TERM_FORM } from '../schemas/terms.ts';

/** A term ID: kebab-case. @example emb */
const TERM_ID = '[a-z][a-z0-9-]*';

/**
 * The marker as written in frontmatter text, with the term ID and the form (if
 * any) captured. A new global expression on each call, since `g` keeps state.
 */
export function termMarkers(): RegExp {
	return new RegExp(`<Term\\s+id="(${TERM_ID})"(?:\\s+form="(${TERM_ID})")?\\s*/>`, 'g');
}

/** A marker written the one canonical way. @example termMarker('emb', 'of') === '<Term id="emb" form="of" />' */
export function termMarker(id: string, form: string = DEFAULT_TERM_FORM): string {
	return form === DEFAULT_TERM_FORM ? `<Term id="${id}" />` : `<Term id="${id}" form="${form}" />`;
}

/** The IDs of the terms a text uses, in order, whatever their forms. @example ['emb', 'government'] */
export function termIdsIn(text: string): string[] {
	return [...text.matchAll(termMarkers())].map((match) => match[1]!);
}

export interface TermUse {
	id: string;
	/** The form it asks for: `definite` when it names none. */
	form: string;
	/** Where it is written; computed only when asked, for a report, since finding a field's line is the costly part. */
	position: () => Position;
}

/** Every term marker in a document's frontmatter and body, with its position. */
export function termUses(document: { source: Pick<YamlSource, 'value' | 'locate'>; body: string; bodyLine: number }): TermUse[] {
	const inFields = stringLeaves(document.source.value).flatMap(({ path, text }) =>
		[...text.matchAll(termMarkers())].map((match) => ({ id: match[1]!, form: match[2] ?? DEFAULT_TERM_FORM, position: () => document.source.locate(path) })),
	);
	const inBody = outlineBody(document.body, document.bodyLine)
		.components.filter((component) => component.name === 'Term')
		.map((component) => ({ id: component.props.id ?? '', form: component.props.form ?? DEFAULT_TERM_FORM, position: () => ({ line: component.line, column: 1 }) }));
	return [...inFields, ...inBody];
}
