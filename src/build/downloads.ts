/**
 * After the pages, the exports and the search indexes exist: print the PDFs,
 * fill their rows on the downloads pages, pack the offline bundles, fill
 * theirs. Returns the files written, for SHA256SUMS and the manifest.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TFunction } from 'i18next';
import type { Publication } from '../content/types.ts';
import { DOWNLOADS_DIR, type DownloadFile } from '../exports/export-files.ts';
import { builtEditions, editionName } from '../resolve/editions.ts';
import type { BuildOptions } from '../schemas/build-options.ts';
import { pageFile } from '../site/routes.ts';
import { printPdfs, type PdfJob } from './pdfs.ts';
import { pdfName, PRINT_DIR } from '../pdf/print-document.ts';
import { bundleFolder, bundleName } from '../downloads/bundle-names.ts';
import { bundleFiles, zipBundle } from './offline-bundle.ts';
import type { DeflateCache } from './deflate-cache.ts';
import { figuresOf, fillDownloadRows } from '../downloads/built-downloads.ts';
import { fileSize } from '../downloads/file-size.ts';
import { typesetterFor } from '../utils/french-typography.ts';

export interface BuiltDownloadsReport {
	files: DownloadFile[];
	/** Page count per PDF path; empty when PDFs were skipped. */
	pdfPages: Record<string, number>;
	/** Why PDFs were not made, if they were not. */
	skippedPdfs?: string;
	/** How many PDFs were printed and reused from the cache, and in what time; absent when PDFs were skipped. */
	pdfRun?: { printed: number; reused: number; seconds: number };
	/** How long packing the offline bundles took, in milliseconds. */
	zipMs: number;
	/** Files of the bundles whose deflated bytes came from the cache (src/build/deflate-cache.ts), and files deflated. */
	zipFiles: { reused: number; deflated: number };
}

export async function writeBuiltDownloads(
	outDir: string,
	publication: Publication,
	exports: readonly DownloadFile[],
	translatorFor: (locale: string) => TFunction,
	options: Pick<BuildOptions, 'only' | 'pdf' | 'chromiumPath' | 'pdfCache'> & { deflateCache?: DeflateCache },
): Promise<BuiltDownloadsReport> {
	const cache = options.deflateCache;
	const { template } = publication;
	const targets = builtEditions(publication, options.only).flatMap((edition) =>
		edition.locales.map((locale) => {
			const t = translatorFor(locale);
			const dir = template.locales.find((candidate) => candidate.code === locale)?.dir ?? 'ltr';
			return { edition, locale, t, dir, name: editionName(edition, locale, t), page: path.join(outDir, pageFile(edition.code, locale, 'downloads')) };
		}),
	);
	const fill = (page: string, name: string, content: Uint8Array | undefined, t: TFunction, locale: string) =>
		writeFileSync(page, fillDownloadRows(readFileSync(page, 'utf8'), name, content && figuresOf(content, (bytes) => typesetterFor(locale)(fileSize(t, locale, bytes)))));
	mkdirSync(path.join(outDir, DOWNLOADS_DIR), { recursive: true });

	// PDFs, unless this machine has no Chromium or they were turned off.
	const jobs: PdfJob[] = targets.map(({ edition, locale, t, dir, name }) => ({
		edition: edition.code,
		locale,
		dir,
		// The margins are not in the print document, so they get its typography here.
		header: typesetterFor(locale)(t('print:header', { title: t('site.title'), version: template.version, edition: name })),
		footer: typesetterFor(locale)(t('print:footer', { page: '{{page}}', total: '{{total}}' })),
	}));
	let skippedPdfs: string | undefined;
	let printed: Awaited<ReturnType<typeof printPdfs>>;
	if (!options.pdf) {
		rmSync(path.join(outDir, PRINT_DIR), { recursive: true, force: true });
		skippedPdfs = 'CET_PDF=0';
	} else {
		printed = await printPdfs(outDir, jobs, { chromiumPath: options.chromiumPath, cacheDir: options.pdfCache });
		if (!printed) skippedPdfs = 'no Chromium found (install it, e.g. apt-get install -y chromium, or set CHROMIUM_PATH)';
	}
	const files: DownloadFile[] = [];
	const pdfPages: Record<string, number> = {};
	for (const target of targets) {
		const pdf = printed?.pdfs.find((candidate) => candidate.edition === target.edition.code && candidate.locale === target.locale);
		const name = pdfName(target.edition.code, target.locale);
		if (pdf) {
			const file: DownloadFile = { path: `${DOWNLOADS_DIR}/${name}`, edition: target.edition.code, locale: target.locale, format: 'pdf', content: pdf.bytes };
			writeFileSync(path.join(outDir, file.path), pdf.bytes);
			files.push(file);
			pdfPages[file.path] = pdf.pages;
		}
		fill(target.page, name, pdf?.bytes, target.t, target.locale);
	}

	// Offline bundles: each carries its downloads page with the PDF's row filled and its own row not.
	const zipStarted = performance.now();
	const bundles = targets.map((target) => {
		const own = exports.filter((file) => file.edition === target.edition.code && file.locale === target.locale);
		const folder = bundleFolder(target.edition.code, target.locale);
		const files = bundleFiles({ outDir, edition: target.edition.code, locale: target.locale, dir: target.dir, title: `${target.t('site.title')} · ${target.name}`, exports: own });
		const content = zipBundle(folder, files, cache?.deflate);
		return {
			target,
			files: files.size,
			file: {
				path: `${DOWNLOADS_DIR}/${bundleName(target.edition.code, target.locale)}`,
				edition: target.edition.code,
				locale: target.locale,
				format: 'zip',
				content,
			} satisfies DownloadFile,
		};
	});
	cache?.prune();
	const zipMs = Math.round(performance.now() - zipStarted);
	for (const { target, file } of bundles) {
		writeFileSync(path.join(outDir, file.path), file.content);
		files.push(file);
		fill(target.page, bundleName(target.edition.code, target.locale), file.content, target.t, target.locale);
	}
	return {
		files,
		pdfPages,
		zipMs,
		zipFiles: cache ? { ...cache.stats } : { reused: 0, deflated: bundles.reduce((sum, bundle) => sum + bundle.files, 0) },
		...(skippedPdfs ? { skippedPdfs } : {}),
		...(printed ? { pdfRun: { printed: printed.printed, reused: printed.reused, seconds: printed.seconds } } : {}),
	};
}
