/**
 * Text read back from a PDF (pdftotext), made comparable with the text that
 * was printed, whatever the reader does with ligatures and right-to-left
 * runs. Both sides go through the same steps:
 * - NFKC, so presentation forms and ligature glyphs (U+FEFB «ﻻ») become their
 *   letters;
 * - no bidirectional controls, zero-width characters, soft hyphens, tatweel
 *   or Arabic vowel marks (a reader may drop them or move them around);
 * - no white space at all: readers split Arabic words where a letter's dots
 *   are a glyph of their own;
 * - each run of lam and alef letters in one canonical order, because a
 *   reader may give the lam-alef ligature as alef then lam («اال» for «الا»).
 * What is left must still match letter for letter: another word does not.
 */

/** Bidirectional controls (LRM, RLM, ALM, embeddings, overrides, isolates), zero-width characters, soft hyphen, BOM. */
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Tatweel, and the Arabic vowel and other combining marks (harakat, superscript alef). */
const ARABIC_MARKS = /[\u0640\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/g;
/** Lam and the alef forms the lam-alef ligatures are made with. */
const LAM_ALEF_RUN = /[\u0644\u0622\u0623\u0625\u0627]{2,}/g;

/** The text with its lines and spaces, only NFKC and without the invisible characters: for reading line by line. */
export function readablePdfText(text: string): string {
	return text.normalize('NFKC').replace(INVISIBLE, '');
}

/** The text as it is compared: see above. */
export function comparablePdfText(text: string): string {
	return readablePdfText(text)
		.replace(ARABIC_MARKS, '')
		.replace(/\s+/gu, '')
		.replace(LAM_ALEF_RUN, (run) => [...run].sort().join(''));
}

/** Whether `needle` is in `haystack` once both are made comparable. */
export function pdfTextIncludes(haystack: string, needle: string): boolean {
	return comparablePdfText(haystack).includes(comparablePdfText(needle));
}
