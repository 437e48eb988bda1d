/**
 * Inline content of one translation segment, with markup and code protected.
 *
 * Text is translatable; emphasis, strong and links become paired `<g>` tags
 * (the translator moves them, the URL stays hidden); inline code, practice
 * IDs and MDX components become `<x/>` placeholders that cannot be edited.
 * Ids are numbered per segment in source order, so the same source always
 * gives the same segment.
 */
import { escapeMarkup as escapeXml } from '../../utils/escape-markup.ts';
import { termMarker, termMarkers } from '../../markdown/term-markers.ts';
import { practiceIdsInText } from '../../schemas/practice-id.ts';
export type InlineNode =
	| { type: 'text'; value: string }
	| { type: 'g'; id: string; ctype: 'bold' | 'italic' | 'link'; children: InlineNode[] }
	| { type: 'x'; id: string; ctype: 'x-code' | 'x-practice-id' | 'x-mdx' | 'x-placeholder' | 'lb'; equiv: string };

/** What a protected element or a link stands for in the source, by id. */
export type TokenMap = Map<string, { markdown?: string; url?: string; title?: string | null }>;

/** i18next interpolations, `{{count}}`. */
export const PLACEHOLDER_IN_TEXT = /\{\{[^}]+\}\}/g;

interface MdastInline {
	type: string;
	value?: string;
	url?: string;
	title?: string | null;
	children?: MdastInline[];
	position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Split plain text so that practice IDs (and, in UI strings, `{{placeholders}}`) become protected placeholders. */
export function protectIds(text: string, next: () => string, tokens: TokenMap, placeholders = false): InlineNode[] {
	const nodes: InlineNode[] = [];
	let last = 0;
	// Term markers (a component, never translatable text) and practice IDs are protected; so are placeholders in UI strings.
	const pattern = new RegExp([termMarkers().source, practiceIdsInText().source, ...(placeholders ? [PLACEHOLDER_IN_TEXT.source] : [])].join('|'), 'g');
	for (const match of text.matchAll(pattern)) {
		if (match.index > last) nodes.push({ type: 'text', value: text.slice(last, match.index) });
		const id = next();
		tokens.set(id, { markdown: match[0] });
		const ctype = match[0].startsWith('{{') ? 'x-placeholder' : match[0].startsWith('<') ? 'x-mdx' : 'x-practice-id';
		nodes.push({ type: 'x', id, ctype, equiv: match[0] });
		last = match.index + match[0].length;
	}
	if (last < text.length) nodes.push({ type: 'text', value: text.slice(last) });
	return nodes;
}

/** Inline mdast → segment nodes. `source` is the text the positions refer to. */
export function fromMdast(children: readonly MdastInline[], source: string, next: () => string, tokens: TokenMap): InlineNode[] {
	return children.flatMap((child): InlineNode[] => {
		const slice = () => source.slice(child.position?.start.offset ?? 0, child.position?.end.offset ?? 0);
		switch (child.type) {
			case 'text':
				return protectIds(child.value ?? '', next, tokens);
			case 'strong':
			case 'emphasis': {
				const id = next();
				return [{ type: 'g', id, ctype: child.type === 'strong' ? 'bold' : 'italic', children: fromMdast(child.children ?? [], source, next, tokens) }];
			}
			case 'link': {
				const id = next();
				tokens.set(id, { url: child.url ?? '', title: child.title ?? null });
				return [{ type: 'g', id, ctype: 'link', children: fromMdast(child.children ?? [], source, next, tokens) }];
			}
			case 'inlineCode': {
				const id = next();
				tokens.set(id, { markdown: slice() });
				return [{ type: 'x', id, ctype: 'x-code', equiv: child.value ?? '' }];
			}
			case 'break': {
				const id = next();
				tokens.set(id, { markdown: '\\\n' });
				return [{ type: 'x', id, ctype: 'lb', equiv: '\n' }];
			}
			default: {
				// MDX components and anything else inline: protected as written.
				const id = next();
				tokens.set(id, { markdown: slice() });
				return [{ type: 'x', id, ctype: 'x-mdx', equiv: slice() }];
			}
		}
	});
}

export function counter(): () => string {
	let value = 0;
	return () => String((value += 1));
}

export function toXliff(nodes: readonly InlineNode[]): string {
	return nodes
		.map((node) => {
			if (node.type === 'text') return escapeXml(node.value);
			if (node.type === 'g') return `<g id="${node.id}" ctype="${node.ctype === 'link' ? 'link' : node.ctype}">${toXliff(node.children)}</g>`;
			return `<x id="${node.id}" ctype="${node.ctype}" equiv-text="${escapeXml(node.equiv)}"/>`;
		})
		.join('');
}

/** The ids of protected elements and tags, in order. */
export function tagIds(nodes: readonly InlineNode[]): string[] {
	return nodes.flatMap((node) => (node.type === 'text' ? [] : node.type === 'g' ? [node.id, ...tagIds(node.children)] : [node.id]));
}

export function plainText(nodes: readonly InlineNode[]): string {
	return nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'g' ? plainText(node.children) : node.equiv)).join('');
}

/** Characters that would start Markdown or MDX syntax if left bare in translated text. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>{}]/g;

/**
 * What a protected element is restored as: the source's own text, except a
 * term marker, whose grammatical form is the translation's (French may need
 * `form="of"` where English has none). The target's marker is taken only if
 * it is a well-formed marker of the same term; anything else written in a
 * kit's `equiv-text` is ignored.
 */
function restored(node: Extract<InlineNode, { type: 'x' }>, tokens: TokenMap): string {
	const source = tokens.get(node.id)?.markdown ?? node.equiv;
	const sourceTerm = wholeTermMarker(source);
	const targetTerm = wholeTermMarker(node.equiv);
	return sourceTerm && targetTerm && sourceTerm.id === targetTerm.id ? termMarker(targetTerm.id, targetTerm.form) : source;
}

/** A text that is exactly one term marker: its term and form. */
export function wholeTermMarker(text: string): { id: string; form: string | undefined } | undefined {
	const match = new RegExp(`^${termMarkers().source}$`).exec(text.trim());
	return match ? { id: match[1]!, form: match[2] } : undefined;
}

/** Segment nodes → Markdown, restoring protected elements and link targets from the source's tokens. */
export function toMarkdown(nodes: readonly InlineNode[], tokens: TokenMap): string {
	return nodes
		.map((node) => {
			if (node.type === 'text') return node.value.replace(MARKDOWN_SPECIAL, (character) => `\\${character}`);
			if (node.type === 'x') return restored(node, tokens);
			const inner = toMarkdown(node.children, tokens);
			if (node.ctype === 'bold') return `**${inner}**`;
			if (node.ctype === 'italic') return `*${inner}*`;
			const token = tokens.get(node.id);
			return `[${inner}](${token?.url ?? ''}${token?.title ? ` "${token.title}"` : ''})`;
		})
		.join('');
}

/** Segment nodes → plain text for frontmatter fields (no Markdown there), restoring protected elements. */
export function toPlain(nodes: readonly InlineNode[], tokens: TokenMap): string {
	return nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'x' ? restored(node, tokens) : toPlain(node.children, tokens))).join('');
}
