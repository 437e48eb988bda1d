/**
 * Term markers: named placeholders in base text, written `<Term id="emb" />`
 * in practice fields (as text) and in MDX bodies (as a component). This is the
 * one definition of the marker; the resolver (`resolve/terms.ts`), the
 * translation kits and the validators use it.
 */
import type { Position, YamlSource } from '../utils/yaml-source.ts';
import { outlineBody } from './mdx-body.ts';
import { stringLeaves } from '../utils/string-leaves.ts';

/** A term ID: kebab-case. @example emb */
const TERM_ID = '[a-z][a-z0-9-]*';

/** The marker as written in frontmatter text, with the term ID captured. A new global expression on each call, since `g` keeps state. */
export function termMarkers(): RegExp {
	return new RegExp(`<Term\\s+id="(${TERM_ID})"\\s*/>`, 'g');
}

/** The term markers in a text, written the one canonical way, in order. @example ['<Term id="emb" />'] */
export function termMarkersIn(text: string): string[] {
	return [...text.matchAll(termMarkers())].map((match) => `<Term id="${match[1]}" />`);
}

export interface TermUse {
	id: string;
	position: Position;
}

/** Every term marker in a document's frontmatter and body, with its position. */
export function termUses(document: { source: Pick<YamlSource, 'value' | 'locate'>; body: string; bodyLine: number }): TermUse[] {
	const inFields = stringLeaves(document.source.value).flatMap(({ path, text }) =>
		[...text.matchAll(termMarkers())].map((match) => ({ id: match[1]!, position: document.source.locate(path) })),
	);
	const inBody = outlineBody(document.body, document.bodyLine)
		.components.filter((component) => component.name === 'Term')
		.map((component) => ({ id: component.props.id ?? '', position: { line: component.line, column: 1 } }));
	return [...inFields, ...inBody];
}
