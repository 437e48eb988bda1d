/**
 * A JSON file (the UI strings, `locales/<lang>/<namespace>.json`) read as
 * JSON, not as YAML: a trailing comma or a missing one is refused with its
 * line and column, where YAML would accept the first and misread the second.
 * The value comes from JSON.parse; positions of keys come from the YAML
 * reading of the same text (JSON is YAML), which also refuses duplicate keys
 * and bidirectional control characters.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { normalizeText, parseYamlSource, type Position, type YamlSource } from './yaml-source.ts';

export function parseJsonSource(file: string, source: string): YamlSource {
	const text = normalizeText(source);
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		const problem = firstJsonError(text) ?? { offset: 0, detail: 'it is not valid JSON' };
		return { file, value: undefined, locate: () => ({ line: 1, column: 1 }), diagnostics: [diagnostic('JsonSyntax', file, positionAt(text, problem.offset), problem.detail)] };
	}
	const yaml = parseYamlSource(file, text);
	// JSON that JSON.parse accepts is YAML; what the YAML reading still refuses (a key written twice, a bidi control) is a real mistake.
	const diagnostics = yaml.diagnostics.map((found) => {
		if (found.code !== 'YamlSyntax') return found;
		const detail = /unique/i.test(found.message) ? 'this key is written twice in the same object; keep one' : found.message.replace(/^The YAML could not be read: /, '');
		return diagnostic('JsonSyntax', file, found, detail);
	});
	return { file, value: diagnostics.length ? undefined : value, locate: yaml.locate, diagnostics };
}

function positionAt(text: string, offset: number): Position {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: before.at(-1)!.length + 1 };
}

interface JsonError {
	offset: number;
	detail: string;
}

const MAX_DEPTH = 500;

/** The first place where `text` stops being JSON (RFC 8259), with what was expected there. */
export function firstJsonError(text: string): JsonError | undefined {
	let at = 0;
	const fail = (detail: string, offset = at): never => {
		throw { offset, detail } satisfies JsonError;
	};
	const describe = () => (at >= text.length ? 'the end of the file' : text[at] === '"' ? 'a string' : `"${text[at]}"`);
	const space = () => {
		while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
	};
	const string = () => {
		at++;
		while (at < text.length && text[at] !== '"') {
			const char = text[at]!;
			if (char === '\n') fail('a string is not closed on its line: a closing " is missing');
			if (char < ' ') fail('a string contains a control character; write it as an escape such as \\t');
			if (char === '\\') {
				const next = text[at + 1] ?? '';
				if (next === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) fail('\\u must be followed by four hexadecimal digits');
					at += 6;
					continue;
				}
				if (!'"\\/bfnrt'.includes(next) || !next) fail(`\\${next} is not a JSON escape; write \\\\ for a backslash`);
				at += 2;
				continue;
			}
			at++;
		}
		if (at >= text.length) fail('a string is not closed: a closing " is missing');
		at++;
	};
	const value = (depth: number): void => {
		if (depth > MAX_DEPTH) fail(`the values are nested more than ${MAX_DEPTH} deep`);
		space();
		const char = text[at];
		if (char === '{') {
			at++;
			space();
			if (text[at] === '}') return void at++;
			for (let comma = -1; ;) {
				space();
				if (text[at] === '}') fail('there is a comma after the last entry, which JSON does not allow: delete it', comma);
				if (text[at] !== '"') fail(`a key in double quotes was expected, not ${describe()}`);
				string();
				space();
				if (text[at] !== ':') fail(`":" was expected after the key, not ${describe()}`);
				at++;
				value(depth + 1);
				const end = at;
				space();
				if (text[at] === ',') {
					comma = at++;
					continue;
				}
				if (text[at] === '}') return void at++;
				if (text[at] === '"') fail('a comma is missing after this value, before the next entry', end);
				fail(`"," or "}" was expected after the value, not ${describe()}`);
			}
		}
		if (char === '[') {
			at++;
			space();
			if (text[at] === ']') return void at++;
			for (let comma = -1; ;) {
				space();
				if (text[at] === ']') fail('there is a comma after the last item, which JSON does not allow: delete it', comma);
				value(depth + 1);
				space();
				if (text[at] === ',') {
					comma = at++;
					continue;
				}
				if (text[at] === ']') return void at++;
				fail(`"," or "]" was expected after the item, not ${describe()}`);
			}
		}
		if (char === '"') return string();
		const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(at, at + 400));
		if (literal) {
			at += literal[0].length;
			return;
		}
		fail(`a value was expected, not ${describe()} (text goes in double quotes)`);
	};
	try {
		value(0);
		space();
		if (at < text.length) fail(`the file goes on after its value ends, at ${describe()}`);
		return undefined;
	} catch (error) {
		if (error && typeof error === 'object' && 'offset' in error) return error as JsonError;
		throw error;
	}
}
