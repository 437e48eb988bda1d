/**
 * French typography (Imprimerie nationale, « Lexique des règles
 * typographiques en usage à l'Imprimerie nationale »), as a pure function on
 * text, so translators never type these spaces:
 * - a narrow no-break space (U+202F) before `;` `!` `?`;
 * - a no-break space (U+00A0) before `:`, after `«` and before `»`;
 * - a no-break space (U+00A0) between a number and its unit (UNITS).
 *
 * An ordinary space (or a run of spaces, or the wrong no-break space)
 * already there is replaced by the right one; where there is none, one is
 * inserted (`Attention!` → `Attention\u202F!`). A mark counts as punctuation
 * only where it ends a word: followed by the end, a space, a closing quote or
 * bracket, or another mark. So `?q=1`, `a:b`, `10:30`, `::` and `C:\` are
 * left alone, and so is everything inside a URL (`https://…`, `mailto:…`,
 * `www.…`) and a `{{placeholder}}`. Applying it twice gives the same text.
 */

export const NARROW_NBSP = '\u202f';
export const NBSP = '\u00a0';

/** One change to a text: replace `[start, end)` (spaces, possibly none) by `text`. */
export interface TypographyEdit {
	start: number;
	end: number;
	text: string;
}

/**
 * The units that take a no-break space after their number: symbols written
 * after the number (`90 %`, `24 h`, `4 Go`, `100 €`), and the words of
 * durations and large counts that a line should not split from their number
 * (`12 mois`, `72 heures`, `3 millions`). Counted nouns are not units
 * (`2 personnes` may break). A unit must end the word: `24 hommes` and
 * `10h30` are left alone, and so is a number inside a word (`INC-3 jours`).
 */
export const UNITS = [
	// Percentages and currencies written after the number.
	'%',
	'‰',
	'€',
	'$',
	'£',
	// Time.
	'h',
	'min',
	's',
	'ms',
	// Lengths, masses, temperatures.
	'km',
	'm',
	'cm',
	'mm',
	'kg',
	'g',
	'°C',
	'°',
	// Data sizes (French symbols: octet).
	'o',
	'ko',
	'Ko',
	'Mo',
	'Go',
	'To',
	'Kio',
	'Mio',
	'Gio',
	'bit',
	'bits',
	// Durations and large counts, written as words.
	'an',
	'ans',
	'année',
	'années',
	'mois',
	'semaine',
	'semaines',
	'jour',
	'jours',
	'heure',
	'heures',
	'minute',
	'minutes',
	'seconde',
	'secondes',
	'million',
	'millions',
	'milliard',
	'milliards',
] as const;

/** Horizontal white space that a rule replaces (a line break in HTML source is a space too). */
const SPACE = /[ \t\n\r\f\u00a0\u202f\u2009\u2007]/;
const MARKS = new Set([';', '!', '?', ':']);
/** What may follow a mark that ends a word. */
const AFTER_MARK = /[ \t\n\r\f\u00a0\u202f\u2009\u2007;!?:.,…»)\]}"'”’]/;
/** What a mark may not follow: an opening bracket or quote, or nothing. */
const OPENING = /[([{«"'“‘]/;
/** URLs, e-mail links and placeholders: never changed. */
const PROTECTED = /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"«»]*|\bmailto:[^\s<>"«»]+|\bwww\.[^\s<>"«»]+|\{\{[^}]*\}\}/giu;
const UNIT_PATTERN = new RegExp(
	`(\\p{N})([ \\t\\n\\r\\f\\u00a0\\u202f\\u2009\\u2007]*)(${[...UNITS]
		.sort((a, b) => b.length - a.length)
		.map((unit) => unit.replace(/[$]/g, '\\$&'))
		.join('|')})(?![\\p{L}\\p{N}])`,
	'gu',
);

function protectedRanges(text: string): Array<[number, number]> {
	return [...text.matchAll(PROTECTED)].map((match) => [match.index, match.index + match[0].length]);
}

/** The start of the run of spaces that ends at `end`. */
function spacesBefore(text: string, end: number): number {
	let start = end;
	while (start > 0 && SPACE.test(text[start - 1]!)) start--;
	return start;
}

/** The end of the run of spaces that starts at `start`. */
function spacesAfter(text: string, start: number): number {
	let end = start;
	while (end < text.length && SPACE.test(text[end]!)) end++;
	return end;
}

const isDigit = (char: string | undefined) => char !== undefined && /\p{N}/u.test(char);

/** The edits that typeset `text` in French, in order, never overlapping; none when it is typeset already. */
export function frenchTypographyEdits(text: string): TypographyEdit[] {
	const ranges = protectedRanges(text);
	const isProtected = (index: number) => ranges.some(([start, end]) => index >= start && index < end);
	const edits: TypographyEdit[] = [];
	const want = (start: number, end: number, space: string) => {
		if (text.slice(start, end) !== space) edits.push({ start, end, text: space });
	};
	for (let index = 0; index < text.length; index++) {
		const char = text[index]!;
		if (isProtected(index)) continue;
		if (MARKS.has(char)) {
			const next = text[index + 1];
			if (next !== undefined && !AFTER_MARK.test(next)) continue;
			const start = spacesBefore(text, index);
			const previous = text[start - 1];
			if (previous === undefined || MARKS.has(previous) || OPENING.test(previous)) continue;
			// Times and ratios (10:30, 3:1) and `::` are not punctuation.
			if (char === ':' && (next === ':' || previous === ':' || (isDigit(previous) && isDigit(next) && start === index))) continue;
			want(start, index, char === ':' ? NBSP : NARROW_NBSP);
		} else if (char === '«') {
			const end = spacesAfter(text, index + 1);
			if (end < text.length) want(index + 1, end, NBSP);
		} else if (char === '»') {
			const start = spacesBefore(text, index);
			if (start > 0 && text[start - 1] !== '«') want(start, index, NBSP);
		}
	}
	for (const match of text.matchAll(UNIT_PATTERN)) {
		const digit = match.index;
		if (isProtected(digit)) continue;
		// The number must be a word of its own: not `INC-3` or `COVID-19`.
		let word = digit;
		while (word > 0 && /[\p{L}\p{N}_.,-]/u.test(text[word - 1]!)) word--;
		if (/\p{L}/u.test(text.slice(word, digit))) continue;
		const start = digit + match[1]!.length;
		want(start, start + match[2]!.length, NBSP);
	}
	edits.sort((a, b) => a.start - b.start || a.end - b.end);
	// Two rules never claim the same spaces; if they ever did, the first wins.
	return edits.filter((edit, index) => index === 0 || edit.start >= edits[index - 1]!.end);
}

/** Applies edits (ordered, not overlapping) to a text. */
export function applyEdits(text: string, edits: readonly TypographyEdit[]): string {
	let out = '';
	let at = 0;
	for (const edit of edits) {
		out += text.slice(at, edit.start) + edit.text;
		at = edit.end;
	}
	return out + text.slice(at);
}

/** `text` typeset in French. */
export function typesetFrench(text: string): string {
	const edits = frenchTypographyEdits(text);
	return edits.length ? applyEdits(text, edits) : text;
}

/** Whether a BCP 47 language tag is French (`fr`, `fr-CA`…). */
export function isFrench(lang: string | undefined): boolean {
	return lang !== undefined && /^fr(?:-|$)/i.test(lang);
}

/** The typesetting of a locale's strings that never pass through a page (PDF margins, search records): French rules for French, none otherwise. */
export function typesetterFor(locale: string): (text: string) => string {
	return isFrench(locale) ? typesetFrench : (text) => text;
}
