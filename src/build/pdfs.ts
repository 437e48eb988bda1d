/**
 * After the build: print each edition and language to
 * `downloads/<edition>-<locale>.pdf` with Chromium, from its print document
 * (src/pages/print/). Two passes: the first tells where each chapter starts
 * (the PDF's named destinations), the table of contents gets those page
 * numbers, the second prints the final file. Running header and page footer
 * come from Chromium's header and footer templates. Chromium's random
 * document IDs and creation dates are replaced by fixed ones of the same
 * length, so the same input prints the same bytes.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { escapeMarkup } from '../utils/escape-markup.ts';
import { chromiumArgs, chromiumExecutable } from '../pdf/find-chromium-fs.ts';
import { namedDestinationPages } from '../pdf/pdf-destinations.ts';
import { PRINT_DIR, printDocumentName, TOC_PAGE_ATTRIBUTE } from '../pdf/print-document.ts';

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

function template(dir: string, align: string, content: string): string {
	return `<div dir="${dir}" style="inline-size:100%;margin-inline:14mm;font-family:system-ui,'Noto Sans','Noto Sans Arabic',sans-serif;font-size:8pt;color:#4a5460;text-align:${align}">${content}</div>`;
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

async function print(page: Page, job: PdfJob): Promise<Uint8Array> {
	return page.pdf({
		format: 'A4',
		printBackground: true,
		displayHeaderFooter: true,
		headerTemplate: template(job.dir, 'start', escapeMarkup(job.header)),
		footerTemplate: template(
			job.dir,
			'center',
			escapeMarkup(job.footer).replace('{{page}}', '<span class="pageNumber"></span>').replace('{{total}}', '<span class="totalPages"></span>'),
		),
		margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' },
		outline: true,
	});
}

/** The number of pages: the count of the page tree's root, the largest count in the file. */
export function pdfPageCount(bytes: Uint8Array): number {
	const root = /\/Type \/Pages\s*\/Count (\d+)\s*\/Kids[^>]*>>/g;
	return Math.max(0, ...[...Buffer.from(bytes).toString('latin1').matchAll(root)].map((match) => Number(match[1])));
}

async function printOne(page: Page, outDir: string, job: PdfJob): Promise<PrintedPdf> {
	const file = path.join(outDir, PRINT_DIR, `${printDocumentName(job.edition, job.locale)}.html`);
	await page.goto(pathToFileURL(file).href);
	await localizeLinks(page);
	let bytes = await print(page, job);
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
		bytes = await print(page, job);
	}
	const fixed = fixedPdf(bytes);
	return { edition: job.edition, locale: job.locale, bytes: fixed, pages: pdfPageCount(fixed) };
}

/** Prints every job, or returns undefined (and prints nothing) when this machine has no Chromium. The print documents are removed either way. */
export async function printPdfs(outDir: string, jobs: PdfJob[], chromiumPath?: string): Promise<PrintedPdf[] | undefined> {
	try {
		const executablePath = chromiumExecutable(chromiumPath);
		if (!executablePath) return undefined;
		const browser = await chromium.launch({ executablePath, args: chromiumArgs });
		try {
			const page = await browser.newPage();
			const printed: PrintedPdf[] = [];
			for (const job of jobs) printed.push(await printOne(page, outDir, job));
			return printed;
		} finally {
			await browser.close();
		}
	} finally {
		rmSync(path.join(outDir, PRINT_DIR), { recursive: true, force: true });
	}
}
