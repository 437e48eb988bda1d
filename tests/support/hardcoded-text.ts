/**
 * Finds user-facing text written straight into an .astro template instead of
 * coming from the UI strings: letters left once the frontmatter, expressions
 * `{…}`, tags, styles and comments are blanked out, and literal values of
 * attributes that people read (aria-label, title, alt, placeholder).
 * Blanking keeps newlines, so reported lines are the file's lines.
 */
export interface HardcodedText {
	line: number;
	text: string;
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

function blankExpressions(source: string): string {
	let result = '';
	let depth = 0;
	let quote: string | undefined;
	for (let index = 0; index < source.length; index += 1) {
		const character = source[index]!;
		if (depth === 0) {
			if (character === '{') {
				depth = 1;
				result += ' ';
			} else result += character;
			continue;
		}
		if (quote) {
			if (character === '\\') {
				result += blank(source.slice(index, index + 2));
				index += 1;
				continue;
			}
			if (character === quote) quote = undefined;
		} else if (character === '"' || character === "'" || character === '`') quote = character;
		else if (character === '{') depth += 1;
		else if (character === '}') depth -= 1;
		result += character === '\n' ? '\n' : ' ';
	}
	return result;
}

export function hardcodedText(source: string): HardcodedText[] {
	const found: HardcodedText[] = [];
	const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;
	let text = source.replace(/^---\n[\s\S]*?\n---\n/, blank);
	text = text.replace(/<!--[\s\S]*?-->/g, blank).replace(/<(style|script)\b[\s\S]*?<\/\1>/g, blank);
	text = blankExpressions(text);
	for (const match of text.matchAll(/\s(aria-label|title|alt|placeholder)="([^"]*)"/g)) {
		if (/\p{L}/u.test(match[2]!)) found.push({ line: lineOf(text, match.index), text: `${match[1]}="${match[2]}"` });
	}
	text = text.replace(/<[^>]*>/g, blank);
	text.split('\n').forEach((line, index) => {
		if (/\p{L}/u.test(line)) found.push({ line: index + 1, text: line.trim() });
	});
	return found.sort((a, b) => a.line - b.line);
}
