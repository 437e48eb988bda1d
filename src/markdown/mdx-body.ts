/**
 * The MDX body of a chapter or page, as an mdast tree (parsed once, by the
 * same Sätteri parser Astro renders with). Gives what translation needs:
 * the section anchors and MDX components with their lines, and a normalized
 * form for hashing in which whitespace and formatting do not count.
 */
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';

/** The Markdown features the site renders with (see astro.config.mjs). */
export const markdownFeatures = { headingAttributes: true } as const;

export interface AnchorInfo {
	id: string;
	depth: number;
	line: number;
	/** The heading as plain text, anchor left out. */
	text: string;
}

export interface ComponentInfo {
	name: string;
	/** Literal props as written; an expression prop is recorded as `{…}`. */
	props: Record<string, string>;
	line: number;
}

export interface BodyOutline {
	anchors: AnchorInfo[];
	components: ComponentInfo[];
}

type AnyNode = MdastNode & {
	children?: AnyNode[];
	data?: { hProperties?: Record<string, unknown> };
	name?: string | null;
	attributes?: Array<{ type: string; name?: string; value?: unknown }>;
};

/**
 * Bodies are parsed by several checks (parity, hashes, terms, segments);
 * each text is parsed once per process. Callers only read the tree.
 */
const parsed = new Map<string, AnyNode>();

export function parseBody(body: string): AnyNode {
	let tree = parsed.get(body);
	if (!tree) {
		tree = mdxToMdast(body, { features: markdownFeatures }) as AnyNode;
		parsed.set(body, tree);
	}
	return tree;
}

/** The text a reader sees in a node: its text and code, joined. */
function plainText(node: AnyNode): string {
	if (node.type === 'text' || node.type === 'inlineCode') return String((node as { value?: unknown }).value ?? '');
	return (node.children ?? []).map(plainText).join('');
}

function walk(node: AnyNode, visit: (node: AnyNode) => void) {
	visit(node);
	for (const child of node.children ?? []) walk(child, visit);
}

/** Anchors and components of a body, with file lines (`firstLine` is the file line of the body's first line). */
export function outlineBody(body: string, firstLine: number): BodyOutline {
	const anchors: AnchorInfo[] = [];
	const components: ComponentInfo[] = [];
	const lineOf = (node: AnyNode) => (node.position?.start.line ?? 1) + firstLine - 1;
	walk(parseBody(body), (node) => {
		if (node.type === 'heading') {
			const id = node.data?.hProperties?.id;
			if (typeof id === 'string') anchors.push({ id, depth: (node as { depth: number }).depth, line: lineOf(node), text: plainText(node).trim() });
		}
		if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
			const props: Record<string, string> = {};
			for (const attribute of node.attributes ?? []) {
				if (attribute.type === 'mdxJsxAttribute' && attribute.name) props[attribute.name] = typeof attribute.value === 'string' ? attribute.value : '{…}';
			}
			components.push({ name: node.name, props, line: lineOf(node) });
		}
	});
	return { anchors, components };
}

/** Collapse runs of whitespace, so that re-wrapping a line changes nothing. */
export function collapse(text: string): string {
	return text.replace(/\s+/g, ' ');
}

/** The body as plain data with no positions, list spacing or line breaks: only what a reader sees. */
export function normalizedBody(body: string): unknown {
	return JSON.parse(
		JSON.stringify(parseBody(body), (key, value: unknown) => {
			if (key === 'position' || key === 'spread' || key === '_mdxExplicitJsx') return undefined;
			if (key === 'value' && typeof value === 'string') return collapse(value);
			return value;
		}),
	);
}

/** Whether Markdown holds raw HTML (an edition's section text may not: it is published as is). */
export function hasRawHtml(markdown: string): boolean {
	const walk = (node: { type: string; children?: unknown[] }): boolean => node.type === 'html' || (node.children ?? []).some((child) => walk(child as { type: string }));
	return walk(markdownToMdast(markdown, { features: markdownFeatures, position: false }) as { type: string });
}
