/**
 * The fonts the PDFs are printed with, so that every machine prints the same
 * glyphs (and the same bytes) whatever fonts it has: Noto from the
 * `@fontsource` packages (SIL Open Font License), woff2 only, and only the
 * faces and subsets the print documents use. The print document links
 * `print/fonts.css`, which declares them with relative URLs to `print/fonts/`;
 * the PDF step writes both (src/build/print-fonts.ts) and removes them with
 * the rest of `print/` once the PDFs are printed, so the reading pages and
 * the offline bundles never carry or fetch a font.
 *
 * Text that no face here covers falls back to whatever this machine has, and
 * the PDF test (tests/browser/pdf.spec.ts) fails on a font that is not Noto:
 * a language that needs more adds its subset (the package's `unicode.json`
 * names them) to `PRINT_FONT_FACES`.
 */

export interface PrintFontFace {
	/** The CSS family the print stylesheet declares. */
	family: string;
	/** The `@fontsource` package that ships the file. */
	packageName: string;
	/** The package's subset (a key of its `unicode.json`). */
	subset: string;
	weight: 400 | 600 | 700;
	style: 'normal' | 'italic';
	/** Declared for this range of weights instead of its own, so that Chromium never fakes a bolder one (it prints a faked weight as a Type 3 font). */
	weights?: readonly [number, number];
}

export const SANS = 'Noto Sans';
export const ARABIC = 'Noto Naskh Arabic';
export const MONO = 'Noto Sans Mono';
/** For the few symbols none of the others has: the ◉ of observable outcomes. */
export const SYMBOLS = 'Noto Sans Symbols 2';

const faces = (
	family: string,
	packageName: string,
	subset: string,
	variants: Array<[PrintFontFace['weight'], PrintFontFace['style']]>,
	weights?: PrintFontFace['weights'],
): PrintFontFace[] => variants.map(([weight, style]) => ({ family, packageName, subset, weight, style, ...(weights ? { weights } : {}) }));

/** Body text 400 (and 400 italic, for Markdown emphasis), labels 600, headings and `<strong>` 700; practice IDs and `<code>` in mono; symbols in the one weight there is, declared for every weight. */
export const PRINT_FONT_FACES: readonly PrintFontFace[] = [
	...faces(SANS, '@fontsource/noto-sans', 'latin', [
		[400, 'normal'],
		[400, 'italic'],
		[600, 'normal'],
		[700, 'normal'],
	]),
	...faces(ARABIC, '@fontsource/noto-naskh-arabic', 'arabic', [
		[400, 'normal'],
		[600, 'normal'],
		[700, 'normal'],
	]),
	...faces(MONO, '@fontsource/noto-sans-mono', 'latin', [
		[400, 'normal'],
		[700, 'normal'],
	]),
	...faces(SYMBOLS, '@fontsource/noto-sans-symbols-2', 'symbols', [[400, 'normal']], [100, 900]),
];

/** The families for a document's text, its own script first; the print stylesheet and the running header and footer use the same. */
export function printFontStack(dir: 'ltr' | 'rtl'): string {
	return stack(dir === 'rtl' ? [ARABIC, SANS, SYMBOLS] : [SANS, ARABIC, SYMBOLS], 'sans-serif');
}

function stack(families: string[], generic: string): string {
	return families
		.map((family) => `"${family}"`)
		.concat(generic)
		.join(', ');
}

const MONO_STACK = stack([MONO, SANS, ARABIC, SYMBOLS], 'monospace');

/** The file's name, as the package and `print/fonts/` have it. @example noto-sans-latin-400-normal.woff2 */
export function printFontFile(face: PrintFontFace): string {
	return `${face.packageName.replace(/^@fontsource\//, '')}-${face.subset}-${face.weight}-${face.style}.woff2`;
}

/** `print/fonts.css`: the faces, with URLs relative to it, and the print document's text set in them. */
/** @param unicodeRange each face's range, from its package's `unicode.json` (read by the build step, src/build/print-fonts.ts) */
export function printFontsCss(unicodeRange: (face: PrintFontFace) => string): string {
	const declarations = PRINT_FONT_FACES.map((face) =>
		[
			'@font-face {',
			`\tfont-family: "${face.family}";`,
			`\tfont-style: ${face.style};`,
			`\tfont-weight: ${face.weights ? face.weights.join(' ') : face.weight};`,
			'\tfont-display: block;',
			`\tsrc: url("fonts/${printFontFile(face)}") format("woff2");`,
			`\tunicode-range: ${unicodeRange(face)};`,
			'}',
		].join('\n'),
	);
	return [
		"/* The print document's fonts (src/pdf/print-fonts.ts); generated, removed from dist/ with print/ once the PDFs are printed. */",
		...declarations,
		// After site.css, with the same specificity: the system stacks of :root and :lang(ar) give way to these.
		`:root { --font: ${printFontStack('ltr')}; --mono: ${MONO_STACK}; }`,
		`:lang(ar) { --font: ${printFontStack('rtl')}; }`,
		'',
	].join('\n');
}
