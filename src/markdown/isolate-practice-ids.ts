/**
 * A Sätteri hast plugin: wraps practice IDs in prose (`INC-3`) in `<bdi>`, so
 * that a Latin ID inside Arabic text keeps its own direction and does not
 * reorder its neighbours. Components render IDs isolated already; this does
 * the same for the MDX bodies. Harmless in left-to-right languages.
 */
import type { HastPluginDefinition } from 'satteri';
import { practiceIdsInText } from '../schemas/practice-id.ts';

type Text = { type: 'text'; value: string };
type Bdi = { type: 'element'; tagName: 'bdi'; properties: Record<string, never>; children: Text[] };

export function isolatePracticeIds(text: string): Array<Text | Bdi> {
	const parts: Array<Text | Bdi> = [];
	let last = 0;
	for (const match of text.matchAll(practiceIdsInText())) {
		if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
		parts.push({ type: 'element', tagName: 'bdi', properties: {}, children: [{ type: 'text', value: match[0] }] });
		last = match.index + match[0].length;
	}
	if (parts.length && last < text.length) parts.push({ type: 'text', value: text.slice(last) });
	return parts;
}

export const isolatePracticeIdsPlugin: HastPluginDefinition = {
	name: 'isolate-practice-ids',
	text(node) {
		const parts = isolatePracticeIds(node.value);
		// One node must replace one node: a span holds the pieces.
		if (parts.length) return { type: 'element', tagName: 'span', properties: {}, children: parts } as never;
	},
};
