/**
 * A YAML text (a whole .yaml file, or the frontmatter of an .mdx file) parsed
 * with positions, so that any field path can be traced back to a line.
 *
 * Beyond syntax it refuses what the yaml library would otherwise let through
 * quietly or crash on: an unknown tag (such as `!!js/function`, which the
 * library only warns about and drops), a nest of aliases that would expand
 * into a huge value, and the bidirectional control characters that can make
 * a title display differently from what it says.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit, type Document, type Node } from 'yaml';
import { catalog } from '../diagnostics/catalog.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

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

/** The embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): they reorder how text is shown. The marks U+200E, U+200F and U+061C stay allowed. */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** A bidirectional control as the catalog names it. @example U+202E */
export function codePointName(char: string): string {
	return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Line endings as LF and no byte order mark: what Windows editors write (CRLF, BOM) is valid input, read the same as the rest. */
export function normalizeText(text: string): string {
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * @param firstLine the file line on which `text` starts (2 for frontmatter after `---`).
 */
export function parseYamlSource(file: string, source: string, firstLine = 1): YamlSource {
	const text = normalizeText(source);
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const toPosition = (offset: number): Position => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + firstLine - 1, column: col };
	};
	const syntax = (offset: number, detail: string): Diagnostic => ({
		file,
		...toPosition(offset),
		code: 'YamlSyntax',
		message: catalog.YamlSyntax.message(detail),
		hint: catalog.YamlSyntax.hint,
		severity: 'error',
	});
	const diagnostics: Diagnostic[] = document.errors.map((error) => {
		const detail = error.message.split('\n')[0] ?? error.code;
		const quote = /^Missing closing (["'])quote/.exec(detail);
		// The yaml library reports an unclosed quote where it gave up looking for the closing one, the end of the file: point at the opening one.
		if (quote) return syntax(unclosedQuoteStart(document, error.pos[0]), `the quote ${quote[1]} that opens here is never closed`);
		return syntax(error.pos[0], detail);
	});
	for (const warning of document.warnings) {
		if (warning.code === 'TAG_RESOLVE_FAILED') diagnostics.push(diagnostic('YamlUnknownTag', file, toPosition(warning.pos[0]), tagOf(text, warning.pos[0])));
	}
	if (!diagnostics.length) {
		visit(document, {
			Pair(_key, pair) {
				// A key that is itself a list or a mapping (`? [a, b]: c`, `{ a: 1 }: b`): no content file has one, and the yaml library would print a warning and stringify it.
				if (pair.key !== null && !isScalar(pair.key)) {
					const at = (pair.key as Node).range?.[0] ?? 0;
					diagnostics.push(syntax(at, 'this key is a list or a mapping; keys are plain words such as title'));
				}
			},
			Scalar(_key, node) {
				if (typeof node.value === 'string' && BIDI_CONTROL.test(node.value)) {
					const char = node.value.match(BIDI_CONTROL)![0];
					diagnostics.push(diagnostic('BidiControl', file, toPosition(node.range?.[0] ?? 0), codePointName(char)));
				}
			},
		});
	}
	let value: unknown;
	if (!diagnostics.length) {
		try {
			// maxAliasCount bounds what the aliases may expand into (100 is the library's default, set here on purpose).
			value = document.toJS({ maxAliasCount: 100 });
		} catch (error) {
			// What toJS throws on a document that parsed: aliases that expand past maxAliasCount (a "billion laughs"), or an alias to an anchor not yet set.
			const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
			if (/alias count/i.test(detail)) diagnostics.push(diagnostic('YamlAliasBomb', file, toPosition(aliasOffset(document))));
			else diagnostics.push(syntax(aliasOffset(document, true), /unresolved alias/i.test(detail) ? unresolved(detail.split(': ').at(-1)!) : detail));
		}
	}
	return {
		file,
		value: diagnostics.length ? undefined : value,
		locate: (path) => toPosition(offsetOf(document, path)),
		diagnostics,
	};
}

const unresolved = (name: string) => `the alias *${name} refers to no anchor &${name} written before it`;

/** The tag as written at `offset` (such as `!!js/function`), for the message. */
function tagOf(text: string, offset: number): string {
	return /^!\S*/.exec(text.slice(offset))?.[0] ?? 'this tag';
}

/** Where an unclosed quoted scalar opens: the yaml library reports the end of the file, where it stopped looking for the closing quote. */
function unclosedQuoteStart(document: Document, offset: number): number {
	let start = offset;
	visit(document, {
		Scalar(_key, node) {
			const [from, to] = node.range ?? [0, 0];
			if ((node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) && from <= offset && to >= offset) start = from;
		},
	});
	return start;
}

/** Where the first alias is written; with `unresolved`, the first whose anchor is not set before it. */
function aliasOffset(document: Document, unresolved = false): number {
	const anchors = new Set<string>();
	let offset: number | undefined;
	visit(document, {
		Node(_key, node) {
			if (offset !== undefined) return visit.BREAK;
			if (isAlias(node)) {
				if (!unresolved || !anchors.has(node.source)) offset = node.range?.[0];
			} else if (node.anchor) anchors.add(node.anchor);
		},
	});
	return offset ?? 0;
}

function offsetOf(document: Document, path: readonly PropertyKey[]): number {
	let node: Node | null = document.contents;
	let offset = node?.range?.[0] ?? 0;
	for (const key of path) {
		if (isAlias(node)) return offset;
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
