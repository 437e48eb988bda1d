/**
 * The MDX nodes the content rules look at, typed by their shape. The rules
 * run on two parsers' trees: remark-mdx's (`npm run lint:content`) and
 * Sätteri's, the parser Astro compiles with (the build gate in
 * `src/markdown/mdx-gate.ts`). Both follow mdast and the mdast-util-mdx node
 * types, but only remark-mdx gives attributes a position, so a rule reports
 * an attribute at its element when it has none.
 */
import type { Node, Position } from 'unist';

export interface MdxJsxAttribute {
	type: 'mdxJsxAttribute';
	name: string;
	/** A literal string, `null` for a bare attribute, or an expression. */
	value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string };
	position?: Position;
}

export interface MdxJsxExpressionAttribute {
	type: 'mdxJsxExpressionAttribute';
	/** The spread, as written: `...props`. */
	value: string;
	position?: Position;
}

export interface MdxJsxElement extends Node {
	type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	/** `null` for a fragment, `<>…</>`. */
	name: string | null;
	attributes: Array<MdxJsxAttribute | MdxJsxExpressionAttribute>;
	children: Node[];
}

/** `import` and `export` statements. */
export interface MdxjsEsm extends Node {
	type: 'mdxjsEsm';
	value: string;
}

/** `{…}` in flow or in a paragraph. */
export interface MdxExpression extends Node {
	type: 'mdxFlowExpression' | 'mdxTextExpression';
	value: string;
}

/** Raw HTML, which plain Markdown (not MDX) produces. */
export interface HtmlNode extends Node {
	type: 'html';
	value: string;
}

/** A heading with the attributes of `## Title {#anchor}` (Sätteri's headingAttributes, or ours on remark-mdx). */
export interface HeadingNode extends Node {
	type: 'heading';
	depth: number;
	children: Node[];
	data?: { hProperties?: Record<string, unknown> };
}

export interface UrlNode extends Node {
	type: 'link' | 'image' | 'definition';
	url: string;
	alt?: string | null;
}

export const isJsxElement = (node: Node): node is MdxJsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
export const isEsm = (node: Node): node is MdxjsEsm => node.type === 'mdxjsEsm';
export const isExpression = (node: Node): node is MdxExpression => node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression';
export const isHtml = (node: Node): node is HtmlNode => node.type === 'html';
export const isHeading = (node: Node): node is HeadingNode => node.type === 'heading';
export const isUrlNode = (node: Node): node is UrlNode => node.type === 'link' || node.type === 'image' || node.type === 'definition';

/** The anchor of a heading, `{#anchor}`, if it has one. */
export function headingAnchor(node: HeadingNode): string | undefined {
	const id = node.data?.hProperties?.id;
	return typeof id === 'string' ? id : undefined;
}

/** The text of a heading, without its anchor. */
export function textOf(node: Node): string {
	const value = (node as { value?: unknown }).value;
	if (typeof value === 'string') return value;
	return ((node as { children?: Node[] }).children ?? []).map(textOf).join('');
}
