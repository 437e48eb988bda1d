/**
 * The print-ready PDFs, read back as text with pdftotext (poppler-utils):
 * every practice ID of the edition and language is in its PDF, the cover
 * carries the edition, version and date, and each chapter starts on the page
 * its table of contents entry gives.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ensureDebianPackage } from '../support/debian-package.ts';
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
			spawnSync(pdftotext, [...(page ? ['-f', String(page), '-l', String(page)] : []), ...(layout ? ['-layout'] : []), path.join(distDir, pdf.path), '-'], {
				encoding: 'utf8',
				maxBuffer: 64 * 1024 * 1024,
			})
				.stdout // pdftotext marks right-to-left runs with bidirectional controls; they are not text.
				.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
		const all = text();
		const data = JSON.parse(readFileSync(path.join(distDir, `downloads/${pdf.edition}-${pdf.locale}.json`), 'utf8')) as PracticesExport;
		const ids = data.chapters.flatMap((chapter) => chapter.practices.map((practice) => practice.id));
		expect(ids.length).toBeGreaterThan(80);
		expect(ids.filter((id) => !all.includes(id))).toEqual([]);

		const cover = text(1);
		expect(cover).toContain(data.template.version);
		// Contents on page 2: each chapter code with its page number; that page opens with the chapter's title.
		const contents = text(2, true);
		for (const chapter of data.chapters) {
			const line = contents.split('\n').find((candidate) => candidate.includes(chapter.code));
			const number = Number(/(\d+)\s*$/.exec(line ?? '')?.[1] ?? /^\s*(\d+)/.exec(line ?? '')?.[1]);
			expect(number, `${chapter.code} in the contents`).toBeGreaterThan(2);
			const firstWords = chapter.title.split(/\s+/).slice(0, 2).join(' ');
			expect(text(number).replace(/\s+/g, ' '), `${chapter.code} on page ${number}`).toContain(firstWords);
		}
	});
}
