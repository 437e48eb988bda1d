/**
 * Part of the PDF step: copy the print fonts (src/pdf/print-fonts.ts) from
 * their `@fontsource` packages into `print/fonts/`, and write the
 * `print/fonts.css` that the print documents link, before Chromium prints.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PRINT_DIR } from '../pdf/print-document.ts';
import { PRINT_FONT_FACES, printFontFile, printFontsCss, type PrintFontFace } from '../pdf/print-fonts.ts';

const require = createRequire(import.meta.url);

function unicodeRange(face: PrintFontFace): string {
	const ranges = JSON.parse(readFileSync(require.resolve(`${face.packageName}/unicode.json`), 'utf8')) as Record<string, string>;
	const range = ranges[face.subset];
	if (!range) throw new Error(`${face.packageName} has no subset ${face.subset}`);
	return range;
}

export function writePrintFonts(outDir: string): void {
	const dir = path.join(outDir, PRINT_DIR);
	mkdirSync(path.join(dir, 'fonts'), { recursive: true });
	for (const face of PRINT_FONT_FACES) {
		writeFileSync(path.join(dir, 'fonts', printFontFile(face)), readFileSync(require.resolve(`${face.packageName}/files/${printFontFile(face)}`)));
	}
	writeFileSync(path.join(dir, 'fonts.css'), printFontsCss(unicodeRange));
}
