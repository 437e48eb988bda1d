/**
 * A YAML text (a whole .yaml file, or the frontmatter of an .mdx file) parsed
 * with positions, so that any field path can be traced back to a line.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { catalog } from '../diagnostics/catalog.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

export interface Position {
	line: number;
	column: number;
}

export interface YamlSource {
	file: string;
	/** The parsed value, or undefined when the YAML could not be read. */
	value: unknown;
	/** Where a field path is written in the file; the nearest existing parent when the field is missing. */
	locate(path: readonly PropertyKey[]): Position;
	diagnostics: Diagnostic[];
}

/**
 * @param firstLine the file line on which `text` starts (2 for frontmatter after `---`).
 */
export function parseYamlSource(file: string, text: string, firstLine = 1): YamlSource {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const toPosition = (offset: number): Position => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + firstLine - 1, column: col };
	};
	const diagnostics: Diagnostic[] = document.errors.map((error) => ({
		file,
		...toPosition(error.pos[0]),
		code: 'YamlSyntax',
		message: catalog.YamlSyntax.message(error.message.split('\n')[0] ?? error.code),
		hint: catalog.YamlSyntax.hint,
		severity: 'error',
	}));
	return {
		file,
		value: diagnostics.length ? undefined : document.toJS(),
		locate: (path) => toPosition(offsetOf(document, path)),
		diagnostics,
	};
}

function offsetOf(document: Document, path: readonly PropertyKey[]): number {
	let node: Node | null = document.contents;
	let offset = node?.range?.[0] ?? 0;
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
			if (!pair) return offset;
			offset = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? offset;
			node = (pair.value as Node | null) ?? null;
		} else if (isSeq(node) && typeof key === 'number') {
			const item = node.items[key] as Node | undefined;
			if (!item) return offset;
			offset = item.range?.[0] ?? offset;
			node = item;
		} else {
			return offset;
		}
	}
	return offset;
}
