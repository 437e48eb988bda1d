/**
 * npm run verify:site (src/build/verify-site.ts), on a real publication built
 * as the publish workflow builds it: a copy of the project cut down to the
 * base edition in English and French (two parts, to keep it short), each part
 * built by its own `npm run build -- --edition base --locale <code>` process,
 * merged in the order npm run ci:matrix gives, then verified. The merged site
 * passes; a part alone, a broken link, a tampered download and a manifest
 * entry of a missing file are each refused with the file named.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { ciMatrixSchema } from '../../src/build/ci-matrix.ts';
import type { ManifestFile } from '../../src/build/manifest.ts';
import { verifySite } from '../../src/build/verify-site.ts';
import { byteLength, sha256, sumsFile } from '../../src/exports/export-files.ts';
import { copyProject, temporaryFolder } from '../support/project-copy.ts';

const KEEP = ['en', 'fr'];
let work: string;
const node = (...args: string[]) => spawnSync(process.execPath, args, { cwd: work, encoding: 'utf8', env: { ...process.env, CET_PDF: '0', GITHUB_OUTPUT: undefined } });

/** The project's content with only the base edition, in the locales of KEEP. */
function cutDown(root: string): void {
	const file = path.join(root, 'content/template.yaml');
	const template = parseDocument(readFileSync(file, 'utf8'));
	const locales = template.get('locales') as YAMLSeq<YAMLMap>;
	const dropped = locales.items.map((item) => String(item.get('code'))).filter((code) => !KEEP.includes(code));
	locales.items = locales.items.filter((item) => KEEP.includes(String(item.get('code'))));
	writeFileSync(file, template.toString());
	for (const code of dropped)
		for (const entry of [`content/chapters/${code}`, `content/pages/${code}`, `content/glossary/${code}.yaml`, `locales/${code}`])
			rmSync(path.join(root, entry), { recursive: true, force: true });
	for (const edition of readdirSync(path.join(root, 'content/editions'))) rmSync(path.join(root, 'content/editions', edition), { recursive: true });
	// Local names are given per locale too: a dropped locale's are refused (NameUnknownLocale).
	const namesFile = path.join(root, 'content/names.yaml');
	const names = parseDocument(readFileSync(namesFile, 'utf8'));
	for (const item of (names.get('names') as YAMLMap<unknown, YAMLMap>).items) for (const code of dropped) item.value?.delete(code);
	writeFileSync(namesFile, names.toString());
}

/** A copy of the merged site, to break. */
function copyOfSite(name: string): string {
	const copy = path.join(work, name);
	cpSync(path.join(work, 'dist'), copy, { recursive: true });
	return copy;
}

beforeAll(() => {
	work = copyProject('verify-site');
	cutDown(work);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a publication built in parts by separate processes, merged, then verified', () => {
	let parts: string[];

	it('npm run ci:matrix lists its parts', () => {
		const matrix = node('scripts/ci-matrix.ts');
		expect(matrix.status, matrix.stderr).toBe(0);
		parts = ciMatrixSchema.parse(JSON.parse(matrix.stdout)).include.map((entry) => entry.part);
		expect(parts).toEqual(['dist-base-en', 'dist-base-fr']);
	});

	it('each part built by its own process, merged in matrix order, passes npm run verify:site', () => {
		for (const locale of KEEP) {
			const built = node('scripts/build.ts', '--edition', 'base', '--locale', locale, '--strict');
			expect(built.status, built.stderr).toBe(0);
			expect(built.stdout).toContain(`Built dist-base-${locale}/`);
		}
		const merged = node('scripts/merge.ts', ...parts, '--out', 'dist');
		expect(merged.status, merged.stderr).toBe(0);
		expect(merged.stdout).toContain('Merged 2 part(s) into dist/: base (en, fr)');
		const verified = node('scripts/verify-site.ts', 'dist');
		expect(verified.stderr).toBe('');
		expect(verified.status).toBe(0);
		expect(verified.stdout).toMatch(/^dist\/: OK: \d+ pages, \d+ links and sources, 8 sums, \d+ manifest entries checked\.\n$/);
		const report = verifySite(path.join(work, 'dist'));
		expect(report.problems).toEqual([]);
		expect(report.pages).toBeGreaterThan(40);
		expect(report.links).toBeGreaterThan(1000);
	}, 300_000);

	it('refuses a part alone: its language links lead to the part it was built without', () => {
		const alone = node('scripts/verify-site.ts', 'dist-base-en');
		expect(alone.status).toBe(1);
		expect(alone.stdout).toBe('');
		expect(alone.stderr).toContain('dist-base-en/base/en/index.html: href="../fr/index.html" points to base/fr/index.html, which is not a file of the site.\n');
		expect(alone.stderr).toMatch(/\n\d+ problem\(s\) in dist-base-en\/: do not host it\. A part alone links to the parts it was built without: merge every part first/);
		expect(alone.stderr).not.toMatch(/^\s+at /m);
	});

	it('refuses a broken link and a fragment with no target, naming the page', () => {
		const site = copyOfSite('broken-link');
		const page = path.join(site, 'base/fr/index.html');
		const html = readFileSync(page, 'utf8');
		expect(html).toContain('href="practices.html"');
		writeFileSync(page, html.replace('href="practices.html"', 'href="practises.html"').replace('href="#main"', 'href="#nowhere"'));
		expect(verifySite(site).problems).toEqual([
			{ file: 'base/fr/index.html', message: 'href="#nowhere" points to #nowhere, but base/fr/index.html has no element with that id.' },
			{ file: 'base/fr/index.html', message: 'href="practises.html" points to base/fr/practises.html, which is not a file of the site.' },
		]);
	});

	it('refuses a tampered download: its sum and its manifest entry no longer match', () => {
		const site = copyOfSite('tampered');
		const file = path.join(site, 'downloads/base-en.csv');
		const before = readFileSync(file);
		appendFileSync(file, 'tampered\n');
		const { problems } = verifySite(site);
		expect(problems.map((problem) => problem.file)).toEqual(['downloads/base-en.csv', 'downloads/base-en.csv']);
		expect(problems[0]!.message).toMatch(/^its SHA-256 is [0-9a-f]{64}, but downloads\/SHA256SUMS \(line \d+\) says [0-9a-f]{64}: the file was altered or damaged\.$/);
		expect(problems[1]!.message).toBe(`is ${before.byteLength + 9} bytes, but manifest.json says ${before.byteLength}: the file was altered or damaged.`);
		// The same size with other bytes: the hashes still tell.
		writeFileSync(file, Buffer.from(before).fill(0x20, 0, 8));
		expect(verifySite(site).problems.map((problem) => `${problem.file}: ${problem.message.split(',')[0]}`)).toEqual([
			expect.stringMatching(/^downloads\/base-en\.csv: its SHA-256 is [0-9a-f]{64}$/),
			expect.stringMatching(/^downloads\/base-en\.csv: its SHA-256 is [0-9a-f]{64}$/),
		]);
	});

	it('refuses a manifest entry, and a sum, of a file that is missing, and the page that links to it', () => {
		const site = copyOfSite('missing');
		rmSync(path.join(site, 'downloads/base-fr.oscal.json'));
		const sumsLine =
			readFileSync(path.join(site, 'downloads/SHA256SUMS'), 'utf8')
				.split('\n')
				.findIndex((line) => line.endsWith('  base-fr.oscal.json')) + 1;
		expect(verifySite(site).problems).toEqual([
			{ file: 'base/fr/downloads.html', message: 'href="../../downloads/base-fr.oscal.json" points to downloads/base-fr.oscal.json, which is not a file of the site.' },
			{ file: 'downloads/SHA256SUMS', message: `line ${sumsLine} lists base-fr.oscal.json, which is not in downloads/.` },
			{ file: 'manifest.json', message: 'lists downloads/base-fr.oscal.json, which does not exist.' },
		]);
		const cli = node('scripts/verify-site.ts', 'missing');
		expect(cli.status).toBe(1);
		expect(cli.stderr.split('\n').slice(0, 3)).toEqual([
			'missing/base/fr/downloads.html: href="../../downloads/base-fr.oscal.json" points to downloads/base-fr.oscal.json, which is not a file of the site.',
			`missing/downloads/SHA256SUMS: line ${sumsLine} lists base-fr.oscal.json, which is not in downloads/.`,
			'missing/manifest.json: lists downloads/base-fr.oscal.json, which does not exist.',
		]);
	});

	it('refuses a manifest that is not one, a download not listed in SHA256SUMS, and a folder that is not there', () => {
		const site = copyOfSite('unlisted');
		writeFileSync(path.join(site, 'downloads/extra.txt'), 'not listed\n');
		writeFileSync(path.join(site, 'manifest.json'), '{"schemaVersion": 2}');
		expect(verifySite(site).problems).toEqual([
			{ file: 'downloads/extra.txt', message: 'is not listed in downloads/SHA256SUMS.' },
			{ file: 'manifest.json', message: 'is not a manifest the build writes: schemaVersion: Invalid input: expected 1.' },
		]);
		const none = node('scripts/verify-site.ts', 'nowhere');
		expect([none.status, none.stderr]).toEqual([1, 'nowhere is not a folder: build the site (npm run build), or merge its parts (npm run merge), first.\n']);
		const unnamed = node('scripts/verify-site.ts');
		expect(unnamed.status).toBe(2);
		expect(unnamed.stderr.split('\n')[0]).toBe('Name the one folder to check, for example: npm run verify:site -- dist');
	});
});

describe('each refusal, on a small hand-made site', () => {
	const PAGES: Record<string, string> = {
		'index.html': '<a href="base/en/index.html#top">Home</a><link rel="stylesheet" href="assets/site.css">',
		'base/en/index.html':
			'<h1 id="top">Home</h1><a href="../../downloads/base-en.csv">CSV</a><a href="#top">Top</a><a href="https://example.org/">off</a><a href="mailto:a@b.c">mail</a>',
		'assets/site.css': 'body {}',
	};
	const DOWNLOADS = [{ path: 'downloads/base-en.csv', content: 'id\n' }];
	const manifest = (): ManifestFile => ({
		schemaVersion: 1,
		template: { version: '1.0.0', released: '2026-11-20', reviewed: '2026-11-02' },
		editions: [
			{ code: 'base', base: true, locales: [{ code: 'en', name: 'English', dir: 'ltr', pages: [{ path: 'base/en/index.html', kind: 'home', slug: 'index', practiceIds: [] }] }] },
		],
		downloads: DOWNLOADS.map((file) => ({ path: file.path, format: 'csv', edition: 'base', locale: 'en', bytes: byteLength(file.content), sha256: sha256(file.content) })),
	});
	/** The site, with `change` applied to its files (a file set to undefined is removed). */
	const site = (change: Record<string, string | undefined> = {}) => {
		const root = temporaryFolder('site');
		const files: Record<string, string | undefined> = {
			...PAGES,
			...Object.fromEntries(DOWNLOADS.map((file) => [file.path, file.content])),
			'downloads/SHA256SUMS': sumsFile(DOWNLOADS),
			'manifest.json': JSON.stringify(manifest()),
			...change,
		};
		for (const [name, content] of Object.entries(files)) {
			if (content === undefined) continue;
			mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
			writeFileSync(path.join(root, name), content);
		}
		try {
			return verifySite(root).problems.map((problem) => `${problem.file}: ${problem.message}`);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	};
	const page = (html: string) => ({ 'base/en/index.html': `<h1 id="top">Home</h1>${html}` });

	it('passes as it is: addresses with a scheme are left to the build, a fragment alone is checked on its own page', () => {
		expect(site()).toEqual([]);
	});

	it('refuses addresses that start with / or //, climb out of the site, name a folder or hold a bad escape', () => {
		expect(
			site(page('<a href="/base/en/index.html">a</a><img src="//cdn.example/x.png"><a href="../../../outside.html">b</a><a href="../">c</a><a href="%zz.html">d</a>')),
		).toEqual([
			'base/en/index.html: href="/base/en/index.html" starts with /, so it breaks when the site is hosted under a sub-path or opened from disk.',
			'base/en/index.html: src="//cdn.example/x.png" leaves the site (an address that starts with // goes to another host).',
			'base/en/index.html: href="../../../outside.html" points outside the site.',
			'base/en/index.html: href="../" points to the folder base/, which a page opened from disk cannot show: link to a file in it, such as its index.html.',
			'base/en/index.html: href="%zz.html" is not a valid address (a % that starts no escape).',
		]);
	});

	it('reads entities and escapes in an address as a browser does', () => {
		expect(site({ ...page('<a href="a%20b.html?x=1&amp;y=2#top">a</a>'), 'base/en/a b.html': '<p id="top"></p>' })).toEqual([]);
	});

	it('refuses a SHA256SUMS that is missing, or has a line that is not a sum', () => {
		expect(site({ 'downloads/SHA256SUMS': undefined })).toEqual(['downloads/SHA256SUMS: is missing, so the downloads cannot be checked.']);
		expect(site({ 'downloads/SHA256SUMS': `${sumsFile(DOWNLOADS)}not a sum\n` })).toEqual(['downloads/SHA256SUMS: line 2 is not "<SHA-256>  <file>": "not a sum".']);
	});

	it('refuses a manifest that is missing, not JSON, or lists a page that does not exist', () => {
		expect(site({ 'manifest.json': undefined })).toEqual(['manifest.json: is missing.']);
		expect(site({ 'manifest.json': '{' })[0]).toMatch(/^manifest\.json: is not JSON: .+\.$/);
		const extra = manifest();
		extra.editions[0]!.locales[0]!.pages.push({ path: 'base/en/gone.html', kind: 'chapter', slug: 'gone', practiceIds: ['GON-1'] });
		expect(site({ 'manifest.json': JSON.stringify(extra) })).toEqual(['manifest.json: lists the page base/en/gone.html, which does not exist.']);
	});
});
