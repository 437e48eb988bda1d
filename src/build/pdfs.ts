/**
 * After the build: print each edition and language to
 * `downloads/<edition>-<locale>.pdf` with Chromium, from its print document
 * (src/pages/print/). Two passes: the first tells where each chapter starts
 * (the PDF's named destinations), the table of contents gets those page
 * numbers, the second prints the final file. Running header and page footer
 * are margin boxes of the document's own `@page` (Chromium's header and
 * footer templates cannot use the document's fonts), so every glyph of the
 * PDF is set in the fonts the project ships (print-fonts.ts), loaded before
 * anything is printed. Chromium's random document IDs and creation dates are
 * replaced by fixed ones of the same length, so the same input prints the
 * same bytes whatever fonts the machine has (given the same Chromium and
 * fontconfig's rendering settings, which set glyph positioning).
 *
 * One Chromium prints every document, on a pool of PRINT_POOL pages that
 * take the next document as they finish one. A document whose cache key
 * (src/pdf/pdf-cache-key.ts) has a PDF in the cache (pdf-cache.ts) is not
 * printed: that PDF is reused, byte for byte.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../pdf/find-chromium-fs.ts';
import { namedDestinationPages } from '../pdf/pdf-destinations.ts';
import { PRINT_FONT_FACES, printFontStack } from '../pdf/print-fonts.ts';
import { writePrintFonts } from './print-fonts.ts';
import { PRINT_DIR, printDocumentName, TOC_PAGE_ATTRIBUTE } from '../pdf/print-document.ts';
import { documentResources } from '../pdf/document-resources.ts';
import { pdfCacheKey } from '../pdf/pdf-cache-key.ts';
import { openPdfCache } from './pdf-cache.ts';

/** How many documents print at once: one page each, in the one Chromium. */
export const PRINT_POOL = 2;

/** Paper, margins and what Chromium adds; part of every PDF's cache key. */
export const PAGE_SETTINGS = {
	format: 'A4',
	printBackground: true,
	margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' },
	outline: true,
} as const;

export interface PdfJob {
	edition: string;
	locale: string;
	dir: 'ltr' | 'rtl';
	/** Running header text. */
	header: string;
	/** Footer with `{{page}}` and `{{total}}`. */
	footer: string;
}

export interface PrintedPdf {
	edition: string;
	locale: string;
	bytes: Uint8Array;
	pages: number;
}

/** Chromium's PDF carries the time of printing and random IDs; give them fixed values of the same length (offsets stay valid). */
export function fixedPdf(bytes: Uint8Array): Uint8Array {
	const text = Buffer.from(bytes)
		.toString('latin1')
		.replace(/\(D:\d{14}[^)]*\)/g, (date) => `(D:19800101000000${"+00'00'".padEnd(date.length - 19, ' ')})`.slice(0, date.length))
		.replace(/<[0-9A-Fa-f]{32}>/g, (id) => `<${'0'.repeat(32)}>`.slice(0, id.length))
		.replace(/(xmp(?:MM)?:(?:DocumentID|InstanceID)>uuid:)[0-9a-f-]{36}/g, (_, prefix: string) => `${prefix}00000000-0000-0000-0000-000000000000`)
		.replace(
			/(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*/g,
			(whole, tag: string) => `${tag}${'1980-01-01T00:00:00+00:00'.padEnd(whole.length - tag.length, ' ').slice(0, whole.length - tag.length)}`,
		);
	return Buffer.from(text, 'latin1');
}

/** A CSS string literal: the text in double quotes, with what would end or break it escaped. */
export function cssString(text: string): string {
	return `"${text.replace(/[\\"]/g, '\\$&').replace(/\r?\n/g, '\\a ')}"`;
}

/** The running header (at the start of the top margin) and the footer (centred, `{{page}}` and `{{total}}` counted by the page) as `@page` margin boxes. */
export function marginBoxesCss(job: PdfJob): string {
	const start = job.dir === 'rtl' ? 'right' : 'left';
	const box = `font-family: ${printFontStack(job.dir)}; font-size: 8pt; font-weight: 400; font-style: normal; color: #4a5460; direction: ${job.dir};`;
	const footer = job.footer
		.split(/(\{\{page\}\}|\{\{total\}\})/)
		.filter(Boolean)
		.map((part) => (part === '{{page}}' ? 'counter(page)' : part === '{{total}}' ? 'counter(pages)' : cssString(part)))
		.join(' ');
	return `@page {\n\t@top-${start} { content: ${cssString(job.header)}; ${box} text-align: ${start}; }\n\t@bottom-center { content: ${footer}; ${box} text-align: center; }\n}`;
}

/** Adds the margin boxes (a constructed stylesheet: the page's policy allows no inline style) and loads every print font; throws when one did not load, rather than print in this machine's fonts. */
async function preparePage(page: Page, job: PdfJob): Promise<void> {
	const { declared, failed } = await page.evaluate(async (css) => {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(css);
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
		const faces: FontFace[] = [];
		document.fonts.forEach((face) => faces.push(face));
		const loaded = await Promise.allSettled(faces.map((face) => face.load()));
		return { declared: faces.length, failed: faces.filter((_, index) => loaded[index]!.status === 'rejected').map((face) => `${face.family} ${face.weight} ${face.style}`) };
	}, marginBoxesCss(job));
	if (declared !== PRINT_FONT_FACES.length || failed.length) {
		throw new Error(
			`${printDocumentName(job.edition, job.locale)}: ${declared} of ${PRINT_FONT_FACES.length} print fonts declared${failed.length ? `, not loaded: ${failed.join(', ')}` : ''} (is print/fonts.css there?)`,
		);
	}
}

/** Same-document targets stay; a link to a practice or chapter becomes a link inside the PDF; every other relative link is dropped. */
async function localizeLinks(page: Page): Promise<void> {
	await page.evaluate(() => {
		for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
			const url = new URL(link.href, document.baseURI);
			if (url.protocol === 'https:' || (url.protocol === 'http:' && !['127.0.0.1', 'localhost'].includes(url.hostname))) continue;
			const id = url.hash.slice(1);
			const chapter = url.pathname
				.split('/')
				.pop()
				?.replace(/\.html$/, '');
			const article = chapter ? document.querySelector(`.print-chapter[data-slug="${chapter}"]`) : null;
			if (id && document.getElementById(decodeURIComponent(id))) link.setAttribute('href', `#${id}`);
			else if (article) link.setAttribute('href', `#${article.id}`);
			else link.removeAttribute('href');
		}
	});
}

async function print(page: Page): Promise<Uint8Array> {
	return page.pdf({ ...PAGE_SETTINGS, margin: { ...PAGE_SETTINGS.margin } });
}

/** The number of pages: the count of the page tree's root, the largest count in the file. */
export function pdfPageCount(bytes: Uint8Array): number {
	const root = /\/Type \/Pages\s*\/Count (\d+)\s*\/Kids[^>]*>>/g;
	return Math.max(0, ...[...Buffer.from(bytes).toString('latin1').matchAll(root)].map((match) => Number(match[1])));
}

async function printOne(page: Page, outDir: string, job: PdfJob): Promise<PrintedPdf> {
	const file = path.join(outDir, PRINT_DIR, `${printDocumentName(job.edition, job.locale)}.html`);
	await page.goto(pathToFileURL(file).href);
	await preparePage(page, job);
	await localizeLinks(page);
	let bytes = await print(page);
	// Page numbers can only change the contents' own width, never its length: one more pass settles them.
	for (let pass = 0; pass < 2; pass++) {
		const pages = namedDestinationPages(bytes);
		const changed = await page.evaluate(
			({ attribute, numbers }) => {
				let changed = false;
				for (const cell of Array.from(document.querySelectorAll<HTMLElement>(`[${attribute}]`))) {
					const number = String(numbers[cell.getAttribute(attribute)!] ?? '');
					if (cell.textContent !== number) {
						cell.textContent = number;
						changed = true;
					}
				}
				return changed;
			},
			{ attribute: TOC_PAGE_ATTRIBUTE, numbers: Object.fromEntries(pages) },
		);
		if (!changed) break;
		bytes = await print(page);
	}
	const fixed = fixedPdf(bytes);
	return { edition: job.edition, locale: job.locale, bytes: fixed, pages: pdfPageCount(fixed) };
}

export interface PdfRun {
	/** In the order of the jobs. */
	pdfs: PrintedPdf[];
	/** How many were printed, and how many reused from the cache. */
	printed: number;
	reused: number;
	seconds: number;
}

export interface PrintOptions {
	chromiumPath?: string | undefined;
	/** The cache folder; undefined prints every PDF. */
	cacheDir?: string | undefined;
}

/** The print document's file, relative to the output folder. */
const documentPath = (job: PdfJob) => `${PRINT_DIR}/${printDocumentName(job.edition, job.locale)}.html`;

function readOutputFile(outDir: string) {
	return (relativePath: string): Uint8Array | undefined => {
		try {
			return readFileSync(path.join(outDir, relativePath));
		} catch {
			return undefined;
		}
	};
}

/** Prints every job (or reuses its cached PDF), or returns undefined (and prints nothing) when this machine has no Chromium. The print documents are removed either way. */
export async function printPdfs(outDir: string, jobs: PdfJob[], options: PrintOptions = {}): Promise<PdfRun | undefined> {
	const started = performance.now();
	try {
		const executablePath = chromiumExecutable(options.chromiumPath);
		if (!executablePath) return undefined;
		writePrintFonts(outDir);
		const cache = openPdfCache(options.cacheDir);
		const browser = await chromium.launch({ executablePath, args: chromiumArgs });
		try {
			const read = readOutputFile(outDir);
			const chromiumVersion = browser.version();
			const keyed = jobs.map((job) => {
				const html = read(documentPath(job));
				const key = pdfCacheKey({
					html: html ?? new Uint8Array(),
					resources: documentResources(documentPath(job), read),
					chromium: chromiumVersion,
					print: { job, page: PAGE_SETTINGS, args: chromiumArgs },
				});
				const name = printDocumentName(job.edition, job.locale);
				return { job, key, name, cached: cache?.get(name, key) };
			});
			const pdfs: Array<PrintedPdf | undefined> = keyed.map(({ job, cached }) => cached && { edition: job.edition, locale: job.locale, ...cached });
			const queue = keyed.map((entry, index) => ({ ...entry, index })).filter((entry) => !entry.cached);
			const printed = queue.length;
			const worker = async () => {
				const context = await browser.newContext();
				const page = await context.newPage();
				for (let next = queue.shift(); next; next = queue.shift()) {
					const pdf = await printOne(page, outDir, next.job);
					cache?.put(next.name, next.key, pdf);
					pdfs[next.index] = pdf;
				}
				await context.close();
			};
			await Promise.all(Array.from({ length: Math.min(PRINT_POOL, printed) }, worker));
			return { pdfs: pdfs.filter((pdf) => pdf !== undefined), printed, reused: jobs.length - printed, seconds: (performance.now() - started) / 1000 };
		} finally {
			await browser.close();
		}
	} finally {
		rmSync(path.join(outDir, PRINT_DIR), { recursive: true, force: true });
	}
}
