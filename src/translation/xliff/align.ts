/**
 * Gives the tags of a target segment the ids of the matching tags of its
 * source segment: a placeholder matches the same protected text (a term, the
 * same term in any form), a link the
 * same URL, bold and italic the next of their kind. Used to offer existing
 * translations as targets in an export.
 */
import { wholeTermMarker, type InlineNode, type TokenMap } from './inline.ts';

interface Tag {
	id: string;
	ctype: string;
	key: string;
}

function tags(nodes: readonly InlineNode[], tokens: TokenMap): Tag[] {
	return nodes.flatMap((node): Tag[] => {
		if (node.type === 'text') return [];
		// A term matches the same term in any grammatical form.
		if (node.type === 'x') return [{ id: node.id, ctype: node.ctype, key: wholeTermMarker(node.equiv) ? `term:${wholeTermMarker(node.equiv)!.id}` : node.equiv }];
		const key = node.ctype === 'link' ? (tokens.get(node.id)?.url ?? '') : '';
		return [{ id: node.id, ctype: node.ctype, key }, ...tags(node.children, tokens)];
	});
}

/** The target with source ids, or undefined when its tags do not match the source's one for one. */
export function alignTags(source: readonly InlineNode[], sourceTokens: TokenMap, target: readonly InlineNode[], targetTokens: TokenMap): InlineNode[] | undefined {
	const available = tags(source, sourceTokens);
	const targetTags = tags(target, targetTokens);
	if (available.length !== targetTags.length) return undefined;
	const mapping = new Map<string, string>();
	for (const tag of targetTags) {
		const index = available.findIndex((candidate) => candidate.ctype === tag.ctype && candidate.key === tag.key);
		if (index === -1) return undefined;
		mapping.set(tag.id, available[index]!.id);
		available.splice(index, 1);
	}
	const rename = (nodes: readonly InlineNode[]): InlineNode[] =>
		nodes.map((node) =>
			node.type === 'text' ? node : node.type === 'x' ? { ...node, id: mapping.get(node.id)! } : { ...node, id: mapping.get(node.id)!, children: rename(node.children) },
		);
	return rename(target);
}
