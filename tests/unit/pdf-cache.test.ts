/**
 * The PDF cache (src/pdf/pdf-cache-key.ts, src/pdf/document-resources.ts,
 * src/build/pdf-cache.ts): the key changes with each thing a PDF is printed
 * from and with nothing else; a warm cache reuses every PDF byte for byte; a
 * changed edition and language, or a damaged entry, is printed again.
 * `CET_PDF_CACHE=off` is pinned by tests/unit/reproducible.test.ts, whose two
 * clean builds print every PDF.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPdfCache } from '../../src/build/pdf-cache.ts';
import { cssReferences, documentResources, htmlReferences, resolveReference } from '../../src/pdf/document-resources.ts';
import { PRINT_STEPS_VERSION, pdfCacheKey, type PdfCacheKeyInput } from '../../src/pdf/pdf-cache-key.ts';
import { chromiumExecutable } from '../../src/pdf/find-chromium-fs.ts';
import { parseBuildOptions } from '../../src/schemas/build-options.ts';
import { copyProject, temporaryFolder } from '../support/project-copy.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A print document with its stylesheets, a font and an image, as an output folder in memory. */
const output = (changes: Record<string, string | undefined> = {}) => {
	const files: Record<string, string | undefined> = {
		'print/base-en.html':
			'<!doctype html><link rel="stylesheet" href="../assets/site.css"><link rel="stylesheet" href="fonts.css"><!-- <img src="gone.png"> -->' +
			'<a href="../base/en/index.html">home</a><img src="../assets/media/a.png" alt=""><p>Text</p>',
		'assets/site.css': 'body { background: url("media/bg.svg"); } /* url(ignored.png) */',
		'print/fonts.css': '@font-face { src: url("fonts/noto-sans-latin-400-normal.woff2") format("woff2"); }',
		'print/fonts/noto-sans-latin-400-normal.woff2': 'font bytes',
		'assets/media/a.png': 'png bytes',
		'assets/media/bg.svg': '<svg/>',
		...changes,
	};
	return (file: string) => (files[file] === undefined ? undefined : bytes(files[file]!));
};

const keyOf = (read = output(), changes: Partial<PdfCacheKeyInput> = {}) =>
	pdfCacheKey({
		html: read('print/base-en.html')!,
		resources: documentResources('print/base-en.html', read),
		chromium: '131.0.6778.204',
		print: { job: { edition: 'base', locale: 'en', dir: 'ltr', header: 'Header', footer: 'Page {{page}} of {{total}}' }, page: { format: 'A4' } },
		...changes,
	});

describe('what a print document loads', () => {
	it('finds stylesheets, images and what the stylesheets load, and no links, comments or data: URLs', () => {
		expect(documentResources('print/base-en.html', output()).map((resource) => resource.path)).toEqual([
			'assets/media/a.png',
			'assets/media/bg.svg',
			'assets/site.css',
			'print/fonts.css',
			'print/fonts/noto-sans-latin-400-normal.woff2',
		]);
		expect(
			htmlReferences(`<img srcset="a.png 1x, b.png 2x" src='c.png'><image href=d.svg /><a href="e.html"><img src="data:image/png;base64,AA"><p style="background:url(f.png)">`),
		).toEqual(['a.png', 'b.png', 'c.png', 'd.svg', 'data:image/png;base64,AA', 'f.png']);
		expect(cssReferences(`@import "a.css"; @import url('b.css'); x { src: url( c.woff2 ) } /* url(d.png) */`)).toEqual(['a.css', 'b.css', 'c.woff2']);
		expect(resolveReference('print/base-en.html', 'data:image/png;base64,AA')).toBeUndefined();
		expect(resolveReference('print/base-en.html', '../assets/a%20b.png?v=1#x')).toBe('assets/a b.png');
	});

	it('keeps a missing file, or one outside the output folder, as a resource without bytes', () => {
		const read = output({ 'print/base-en.html': '<link rel="stylesheet" href="../../../etc/x.css"><img src="missing.png"><img src="https://example.org/a.png">' });
		expect(documentResources('print/base-en.html', read)).toEqual([
			{ path: 'file:///etc/x.css', bytes: undefined },
			{ path: 'https://example.org/a.png', bytes: undefined },
			{ path: 'print/missing.png', bytes: undefined },
		]);
	});
});

describe('the cache key', () => {
	const key = keyOf();

	it('is the same when nothing changes, and does not depend on the order of the settings', () => {
		expect(keyOf()).toBe(key);
		expect(key).toMatch(/^[0-9a-f]{64}$/);
		expect(keyOf(output(), { print: { page: { format: 'A4' }, job: { footer: 'Page {{page}} of {{total}}', header: 'Header', dir: 'ltr', locale: 'en', edition: 'base' } } })).toBe(
			key,
		);
		expect(keyOf(output(), { version: PRINT_STEPS_VERSION })).toBe(key);
	});

	it('changes with the document, a stylesheet, a font, an image, a file appearing, Chromium, the settings and the printing steps', () => {
		const changed = [
			keyOf(output({ 'print/base-en.html': '<!doctype html><p>Other text</p>' })),
			keyOf(output({ 'assets/site.css': 'body { color: red; }' })),
			keyOf(output({ 'print/fonts.css': '@font-face { src: url("fonts/other.woff2"); }' })),
			keyOf(output({ 'print/fonts/noto-sans-latin-400-normal.woff2': 'other font bytes' })),
			keyOf(output({ 'assets/media/bg.svg': '<svg viewBox="0 0 1 1"/>' })),
			keyOf(output({ 'assets/media/a.png': undefined })),
			keyOf(output(), { chromium: '132.0.0.0' }),
			keyOf(output(), { print: { job: { edition: 'base', locale: 'en', dir: 'rtl', header: 'Header', footer: 'Page {{page}} of {{total}}' }, page: { format: 'A4' } } }),
			keyOf(output(), { print: { job: { edition: 'base', locale: 'en', dir: 'ltr', header: 'Other', footer: 'Page {{page}} of {{total}}' }, page: { format: 'A4' } } }),
			keyOf(output(), { print: { job: { edition: 'base', locale: 'en', dir: 'ltr', header: 'Header', footer: 'Page {{page}} of {{total}}' }, page: { format: 'Letter' } } }),
			keyOf(output(), { version: PRINT_STEPS_VERSION + 1 }),
		];
		expect(changed.filter((other) => other === key)).toEqual([]);
		expect(new Set(changed).size).toBe(changed.length);
	});
});

describe('the cache folder', () => {
	const dir = temporaryFolder('pdf-cache-store');
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const [a, b] = ['a'.repeat(64), 'b'.repeat(64)];

	it('gives back what was stored, and nothing under another key', () => {
		const cache = openPdfCache(path.join(dir, 'store'))!;
		expect(cache.get('base-en', a)).toBeUndefined();
		cache.put('base-en', a, { bytes: bytes('%PDF one'), pages: 3 });
		cache.put('base-fr', a, { bytes: bytes('%PDF un'), pages: 4 });
		expect(cache.get('base-en', a)).toEqual({ bytes: Buffer.from('%PDF one'), pages: 3 });
		expect(cache.get('base-en', b)).toBeUndefined();
		// Storing under a new key drops the old entry of the same document, and no other.
		cache.put('base-en', b, { bytes: bytes('%PDF two'), pages: 5 });
		expect(readdirSync(path.join(dir, 'store')).sort()).toEqual([`base-en.${b}.json`, `base-en.${b}.pdf`, `base-fr.${a}.json`, `base-fr.${a}.pdf`]);
		expect(cache.get('base-en', a)).toBeUndefined();
	});

	it('refuses an entry whose PDF or record was changed', () => {
		const cache = openPdfCache(path.join(dir, 'tampered'))!;
		cache.put('base-en', a, { bytes: bytes('%PDF one'), pages: 3 });
		writeFileSync(path.join(dir, 'tampered', `base-en.${a}.pdf`), '%PDF other');
		expect(cache.get('base-en', a)).toBeUndefined();
		cache.put('base-en', a, { bytes: bytes('%PDF one'), pages: 3 });
		writeFileSync(path.join(dir, 'tampered', `base-en.${a}.json`), '{"key":');
		expect(cache.get('base-en', a)).toBeUndefined();
		rmSync(path.join(dir, 'tampered', `base-en.${a}.json`));
		expect(cache.get('base-en', a)).toBeUndefined();
	});

	it('says which folder it could not write, without a stack trace', () => {
		const file = path.join(dir, 'a-file');
		writeFileSync(file, '');
		const error = (() => {
			try {
				openPdfCache(path.join(file, 'pdf'));
			} catch (thrown) {
				return thrown as Error & { hint: string };
			}
		})();
		expect(error?.message).toBe(`The PDF cache ${path.join(file, 'pdf')} could not be written (ENOTDIR).`);
		expect(error?.hint).toBe('Set CET_PDF_CACHE to a folder this user can write, or to off to print every PDF without a cache.');
		expect(error?.stack).toBe('');
	});

	it('is .cache/pdf unless CET_PDF_CACHE names another, and none with off', () => {
		expect(parseBuildOptions({}).pdfCache).toBe('.cache/pdf');
		expect(parseBuildOptions({ CET_PDF_CACHE: '/var/cache/cet' }).pdfCache).toBe('/var/cache/cet');
		expect(parseBuildOptions({ CET_PDF_CACHE: 'off' }).pdfCache).toBeUndefined();
	});
});

describe.skipIf(!chromiumExecutable(process.env.CHROMIUM_PATH))('builds with the cache', () => {
	const work = copyProject('pdf-cache');
	const cache = path.join(work, 'pdf-cache');
	afterAll(() => rmSync(work, { recursive: true, force: true }));
	const build = (out: string) => {
		const built = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], { cwd: work, encoding: 'utf8', env: { ...process.env, CET_PDF_CACHE: cache } });
		expect(built.status, built.stderr).toBe(0);
		return /pdf: (\d+) printed, (\d+) reused from cache/.exec(built.stdout)?.slice(1).map(Number);
	};
	const pdfs = (out: string) =>
		Object.fromEntries(
			readdirSync(path.join(work, out, 'downloads'))
				.filter((name) => name.endsWith('.pdf'))
				.map((name) => [name, readFileSync(path.join(work, out, 'downloads', name)).toString('base64')]),
		);

	it('a cold cache prints every PDF; a warm one reuses them all, byte for byte', () => {
		expect(build('dist-cold')).toEqual([6, 0]);
		expect(build('dist-warm')).toEqual([0, 6]);
		expect(Object.keys(pdfs('dist-cold'))).toHaveLength(6);
		expect(pdfs('dist-warm')).toEqual(pdfs('dist-cold'));
		expect(existsSync(path.join(work, '.cache/pdf')), 'CET_PDF_CACHE names the folder: .cache/pdf/ is not made').toBe(false);
	});

	it('prints again a changed edition and language, and a damaged entry, and reuses the rest', () => {
		// One Spanish chapter changes: only base-es (the one edition in Spanish) is printed again.
		const chapter = path.join(work, 'content/chapters/es', readdirSync(path.join(work, 'content/chapters/es')).sort()[0]!);
		const text = readFileSync(chapter, 'utf8');
		writeFileSync(chapter, `${text.trimEnd()}\n\nUna frase añadida para la prueba de la caché.\n`);
		// And the cached English PDF is changed by hand: it must not ship.
		const entry = readdirSync(cache).find((name) => /^base-en\.[0-9a-f]{64}\.pdf$/.test(name))!;
		const original = readFileSync(path.join(cache, entry));
		writeFileSync(path.join(cache, entry), Buffer.concat([original, Buffer.from('%tampered\n')]));

		expect(build('dist-changed')).toEqual([2, 4]);
		const [cold, changed] = [pdfs('dist-cold'), pdfs('dist-changed')];
		expect(Object.keys(changed).filter((name) => changed[name] !== cold[name])).toEqual(['base-es.pdf']);
		// The damaged entry was stored again, whole; the old Spanish entry was dropped.
		expect(readFileSync(path.join(cache, entry))).toEqual(original);
		expect(readdirSync(cache).filter((name) => name.startsWith('base-es.'))).toHaveLength(2);
		expect(readdirSync(cache)).toHaveLength(12);
	});
});
