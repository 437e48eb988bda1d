/**
 * The print-ready PDFs, read back as text with pdftotext (poppler-utils):
 * every practice ID of the edition and language is in its PDF, the cover
 * carries the edition, version and date, and each chapter starts on the page
 * its table of contents entry gives. Text is compared through
 * tests/support/pdf-text.ts, so how a reader gives ligatures and
 * right-to-left runs does not matter. And every font in a PDF is one the
 * project ships (src/pdf/print-fonts.ts), embedded: none of the machine's.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ensureDebianPackage } from '../support/debian-package.ts';
import { comparablePdfText, readablePdfText } from '../support/pdf-text.ts';
import { distDir, manifest } from './support/site.ts';
import { readFileSync } from 'node:fs';
import type { PracticesExport } from '../../src/views/practice-view.ts';

const pdfs = manifest().downloads.filter((file) => file.format === 'pdf');

test('a PDF is made for every edition and language', () => {
	const expected = manifest().editions.flatMap((edition) => edition.locales.map((locale) => `downloads/${edition.code}-${locale.code}.pdf`));
	expect(pdfs.map((file) => file.path).sort()).toEqual(expected.sort());
});

for (const pdf of pdfs) {
	test(`${pdf.path}: every practice ID, the cover, and contents page numbers that are right`, () => {
		const pdftotext = ensureDebianPackage('pdftotext', 'poppler-utils');
		const text = (page?: number, layout = false) =>
			readablePdfText(
				spawnSync(pdftotext, [...(page ? ['-f', String(page), '-l', String(page)] : []), ...(layout ? ['-layout'] : []), path.join(distDir, pdf.path), '-'], {
					encoding: 'utf8',
					maxBuffer: 64 * 1024 * 1024,
				}).stdout,
			);
		const all = comparablePdfText(text());
		const data = JSON.parse(readFileSync(path.join(distDir, `downloads/${pdf.edition}-${pdf.locale}.json`), 'utf8')) as PracticesExport;
		const ids = data.chapters.flatMap((chapter) => chapter.practices.map((practice) => practice.id));
		expect(ids.length).toBeGreaterThan(80);
		expect(ids.filter((id) => !all.includes(comparablePdfText(id)))).toEqual([]);

		const cover = text(1);
		expect(cover).toContain(data.template.version);
		// Contents on page 2: each chapter code with its page number; that page opens with the chapter's title.
		const contents = text(2, true);
		for (const chapter of data.chapters) {
			const line = contents.split('\n').find((candidate) => candidate.includes(chapter.code));
			const number = Number(/(\d+)\s*$/.exec(line ?? '')?.[1] ?? /^\s*(\d+)/.exec(line ?? '')?.[1]);
			expect(number, `${chapter.code} in the contents`).toBeGreaterThan(2);
			const firstWords = chapter.title.split(/\s+/).slice(0, 2).join(' ');
			expect(comparablePdfText(text(number)), `${chapter.code} on page ${number}`).toContain(comparablePdfText(firstWords));
		}
	});

	test(`${pdf.path}: every font embedded, and one the project ships`, () => {
		const pdffonts = ensureDebianPackage('pdffonts', 'poppler-utils');
		const listing = spawnSync(pdffonts, [path.join(distDir, pdf.path)], { encoding: 'utf8' });
		expect(listing.status, listing.stderr).toBe(0);
		// name, type, encoding, emb, sub, uni, object ID; Chromium subsets every font (ABCDEF+Name).
		const fonts = listing.stdout
			.split('\n')
			.slice(2)
			.filter(Boolean)
			.map((line) => {
				const match = /^(\S+)\s+(.+?)\s{2,}\S+\s+(yes|no)\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+\s*$/.exec(line);
				return { line, name: match?.[1] ?? line, type: match?.[2], embedded: match?.[3] === 'yes' };
			});
		expect(fonts.length).toBeGreaterThan(0);
		expect(
			fonts
				.filter((font) => !font.embedded || font.type !== 'CID TrueType' || !/^[A-Z]{6}\+Noto(?:Sans|NaskhArabic|SansMono|SansSymbols2)-[A-Za-z]+$/.test(font.name))
				.map((font) => font.line),
		).toEqual([]);
	});
}
