/**
 * `## Title {#anchor}` on remark-mdx. Sätteri reads the trailing `{#anchor}`
 * as a heading attribute (the `headingAttributes` feature Astro renders
 * with); remark-mdx would read it as a JavaScript expression and fail. So,
 * before parsing, `maskHeadingAnchors` blanks exactly that form, with as many
 * spaces as it had characters so that every line and column stays true, and
 * `remarkHeadingAnchors` puts the anchor back on the heading node, where
 * Sätteri keeps it (`data.hProperties.id`). Anything else in braces is left
 * alone, so the MDX rules still see it as the expression it is.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { HeadingNode } from './mdx-nodes.ts';

export interface MaskedAnchor {
	id: string;
	line: number;
	/** Column of the `{`. */
	column: number;
}

/** The anchors `maskHeadingAnchors` took out of a text, by line. */
export type MaskedAnchors = Map<number, MaskedAnchor>;

declare module 'vfile' {
	interface DataMap {
		headingAnchors: MaskedAnchors;
	}
}

const ATX = /^ {0,3}#{1,6}[ \t].*?[ \t]*(\{#([^\s{}]+)\})[ \t]*$/;
const TRAILING = /(\{#([^\s{}]+)\})[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The text with each heading's trailing `{#anchor}` blanked, and the anchors by line. */
export function maskHeadingAnchors(text: string): { text: string; anchors: MaskedAnchors } {
	const lines = text.split('\n');
	const anchors: MaskedAnchors = new Map();
	let fence: string | undefined;
	// Frontmatter is YAML, where `# … {#x}` is a comment.
	let index = lines[0]?.trimEnd() === '---' ? lines.findIndex((line, at) => at > 0 && line.trimEnd() === '---') + 1 : 0;
	for (; index < lines.length; index += 1) {
		const line = lines[index]!;
		const opening = FENCE.exec(line)?.[1];
		if (fence) {
			if (opening && opening[0] === fence[0] && opening.length >= fence.length && line.trim() === opening) fence = undefined;
			continue;
		}
		if (opening) {
			fence = opening;
			continue;
		}
		const next = lines[index + 1];
		const match = ATX.exec(line) ?? (next !== undefined && line.trim() !== '' && SETEXT_UNDERLINE.test(next) ? TRAILING.exec(line) : null);
		if (!match) continue;
		const braces = match[1]!;
		const column = line.lastIndexOf(braces);
		anchors.set(index + 1, { id: match[2]!, line: index + 1, column: column + 1 });
		lines[index] = line.slice(0, column) + ' '.repeat(braces.length) + line.slice(column + braces.length);
	}
	return { text: lines.join('\n'), anchors };
}

/** unified plugin: put each masked anchor back on its heading, as `data.hProperties.id`. */
export function remarkHeadingAnchors() {
	return (tree: Root, file: VFile) => {
		const anchors = file.data.headingAnchors;
		if (!anchors?.size) return;
		visit(tree, 'heading', (node) => {
			const heading = node as unknown as HeadingNode;
			const start = heading.position?.start.line ?? 0;
			const end = heading.position?.end.line ?? start;
			for (let line = start; line <= end; line += 1) {
				const anchor = anchors.get(line);
				if (anchor) heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: anchor.id } };
			}
		});
	};
}
