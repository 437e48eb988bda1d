/**
 * Edits YAML in place, as a translation import must: only the values that
 * change are rewritten, and every other byte (comments, folding, quoting,
 * order) stays as it was. Built on the yaml library's concrete syntax tree
 * (`keepSourceTokens`), the same parser the content is read with.
 */
import { Composer, CST, isMap, isPair, isScalar, isSeq, Parser, parseDocument, type Document, type Node } from 'yaml';

/** A text value to put at a path. */
export interface ScalarEdit {
	path: ReadonlyArray<string | number>;
	value: string;
}

const WIDTH = 80;

/** The words of a text, a term marker (`<Term id="emb" form="of" />`) kept as one, so that no line breaks inside it. */
function words(text: string): string[] {
	const result: string[] = [];
	for (const word of text.split(' ')) {
		const last = result.at(-1);
		if (last !== undefined && last.includes('<Term') && !last.includes('/>')) result[result.length - 1] = `${last} ${word}`;
		else result.push(word);
	}
	return result;
}

/** Lines of at most `width` characters, broken at spaces: how a folded block (`>-`) is written in this repository. */
function fold(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of words(text)) {
		if (line && `${line} ${word}`.length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	lines.push(line);
	return lines;
}

function composed(text: string): { tokens: CST.Token[]; document: Document.Parsed } {
	const tokens = [...new Parser().parse(text)];
	const [document] = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
	if (!document) throw new Error('The YAML holds no document.');
	return { tokens, document };
}

/** Each value changed where it stands, in the style it had (a folded block stays folded, refolded at 80 columns). */
export function editScalars(text: string, edits: readonly ScalarEdit[]): string {
	if (!edits.length) return text;
	const { tokens, document } = composed(text);
	for (const edit of edits) {
		const node = document.getIn(edit.path, true) as (Node & { srcToken?: CST.Token }) | undefined;
		if (!isScalar(node) || !node.srcToken) throw new Error(`No text value at ${edit.path.join('.')}.`);
		if (node.value === edit.value) continue;
		const token = node.srcToken;
		// A single line holds no newline; a folded block reads a single newline as a space, so one may be refolded freely.
		const value = edit.value.replace(/\s*\n\s*/g, ' ');
		CST.setScalarValue(token, value, { afterKey: true });
		if (token.type === 'block-scalar' && node.type === 'BLOCK_FOLDED') {
			const indent = /^ */.exec(token.source)![0];
			const trailing = token.source.endsWith('\n') ? '\n' : '';
			token.source = `${indent}${fold(token.source.trim(), WIDTH - indent.length).join(`\n${indent}`)}${trailing}`;
		}
	}
	return tokens.map((token) => CST.stringify(token)).join('');
}

/** The range of a top-level key's whole line(s), from the start of its line to the end of its value's last line. */
function pairLines(text: string, document: Document.Parsed, key: string): [number, number] | undefined {
	if (!isMap(document.contents)) return undefined;
	const pair = document.contents.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
	if (!pair || !isScalar(pair.key) || !pair.key.range) return undefined;
	const start = text.lastIndexOf('\n', pair.key.range[0] - 1) + 1;
	const valueEnd = (pair.value as Node | null)?.range?.[1] ?? pair.key.range[1];
	const newline = text.indexOf('\n', valueEnd - 1);
	return [start, newline === -1 ? text.length : newline + 1];
}

/**
 * A top-level list of plain words, written on one line right after the key
 * `after` (`outdated: [a, b]`), replaced if it is there, removed when empty.
 */
export function setTopLevelList(text: string, key: string, values: readonly string[], after: string): string {
	const document = parseDocument(text);
	const existing = pairLines(text, document, key);
	const line = values.length ? `${key}: [${values.join(', ')}]\n` : '';
	if (existing) return text.slice(0, existing[0]) + line + text.slice(existing[1]);
	if (!line) return text;
	const anchor = pairLines(text, document, after);
	const at = anchor ? anchor[1] : 0;
	return text.slice(0, at) + line + text.slice(at);
}

/**
 * One more entry at the end of a top-level list of maps (`translators:`),
 * written in block style as the rest of the file is; nothing if an equal
 * entry is there already.
 */
export function appendToList(text: string, key: string, entry: Readonly<Record<string, string>>): string {
	const document = parseDocument(text);
	const list = document.get(key, true);
	const present = isSeq(list) && list.toJSON().some((item: unknown) => JSON.stringify(item) === JSON.stringify(entry));
	if (present) return text;
	const fields = Object.entries(entry).map(([name, value], index) => `${index ? '    ' : '  - '}${name}: ${JSON.stringify(value)}`);
	const block = `${fields.join('\n')}\n`;
	const lines = pairLines(text, document, key);
	if (!lines || !isSeq(list) || list.flow) {
		// No list yet, or `key: []`: the list is written anew, in block style.
		const written = `${key}:\n${block}`;
		return lines ? text.slice(0, lines[0]) + written + text.slice(lines[1]) : `${text}${text.endsWith('\n') ? '' : '\n'}${written}`;
	}
	return text.slice(0, lines[1]) + block + text.slice(lines[1]);
}
