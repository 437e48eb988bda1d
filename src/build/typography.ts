/**
 * Post-build step: French typography (src/utils/french-typography.ts) in
 * every page of every French locale, `<edition>/<locale>/**` and the print
 * document the PDF is printed from (`print/<edition>-<locale>.html`), so
 * translators never type these spaces. Only French text changes (an English
 * source title inside a French page keeps its spaces), and only the page's
 * text, human-readable attributes and the strings of its JSON data islands
 * (what the search page's and the tools' scripts show): src/utils/typeset-html.ts.
 * Runs right after the images, before anything reads the pages (search,
 * exports, PDFs, bundles). A page with nothing to change is not written, and
 * a second run changes nothing. What a page gets is kept in the `typography`
 * result cache (src/utils/result-cache-fs.ts), keyed by the page's HTML, so
 * that a rebuild parses only the pages that changed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Publication } from '../content/types.ts';
import { printDocumentName, PRINT_DIR } from '../pdf/print-document.ts';
import { builtEditions } from '../resolve/editions.ts';
import type { BuildSelection } from '../schemas/build-options.ts';
import { isFrench } from '../utils/french-typography.ts';
import { noResultCache, type ResultCache } from '../utils/result-cache-fs.ts';
import { applyTypography, frenchHtmlTypography } from '../utils/typeset-html.ts';
import { htmlFiles } from './link-guard.ts';

export interface TypographyReport {
	/** Spaces set (inserted or replaced). */
	spaces: number;
	/** French pages read. */
	pages: number;
	/** Pages that changed. */
	changed: number;
}

/** The HTML files of the French locales of a build: their pages and print documents. */
export function frenchPages(outDir: string, publication: Publication, only: BuildSelection = {}): string[] {
	return builtEditions(publication, only).flatMap((edition) =>
		edition.locales.filter(isFrench).flatMap((locale) => {
			const folder = path.join(outDir, edition.code, locale);
			const print = path.join(outDir, PRINT_DIR, `${printDocumentName(edition.code, locale)}.html`);
			return [...(existsSync(folder) ? htmlFiles(folder) : []), ...(existsSync(print) ? [print] : [])];
		}),
	);
}

export function typesetFrenchPages(outDir: string, publication: Publication, only: BuildSelection = {}, cache: ResultCache = noResultCache()): TypographyReport {
	const report: TypographyReport = { spaces: 0, pages: 0, changed: 0 };
	for (const file of frenchPages(outDir, publication, only)) {
		const html = readFileSync(file, 'utf8');
		const typography = cache.get('page', [html], () => frenchHtmlTypography(html));
		report.pages++;
		if (!typography.spaces) continue;
		writeFileSync(file, applyTypography(html, typography));
		report.spaces += typography.spaces;
		report.changed++;
	}
	return report;
}
