/**
 * Incremental builds (Astro's experimental.incrementalBuild, with the keys of
 * src/site/page-cache-keys.ts): a rebuild after an edit renders only the pages
 * the edit can change, and gives the very bytes a cold build of the same
 * content gives. A key that forgets something a page shows fails here. The
 * steps after Astro keep their results too (src/utils/result-cache-fs.ts,
 * src/build/output-cache.ts): the check, the French typography, the search
 * indexes and the zips of what did not change are reused, with the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprints } from '../support/fingerprints.ts';
import { copyProject } from '../support/project-copy.ts';

/** Two locales of the base edition: enough pages to see what is rendered again, small enough to build five times. */
const PART = ['--edition', 'base', '--locale', 'en,fr'];

describe('an incremental build', () => {
	let work: string;
	let log = '';
	const build = (out: string) => {
		const built = spawnSync(process.execPath, ['scripts/build.ts', ...PART, '--out', out], { cwd: work, encoding: 'utf8', env: { ...process.env, CET_PDF: '0', NO_COLOR: '1' } });
		expect(built.status, built.stderr).toBe(0);
		log = built.stdout;
		// Astro lists each page it writes: "(restored)" when it copied it from its cache, the render time otherwise.
		const lines = [...built.stdout.matchAll(/[├└]─ \/(\S+\.html) \((restored|\+\d+ms)\)/g)];
		expect(lines.length).toBeGreaterThan(40);
		return new Set(lines.filter((line) => line[2] !== 'restored').map((line) => line[1]!));
	};
	/** The same content built with no cache: what the incremental build must equal. */
	const cold = (out: string) => {
		// No cache at all: Astro's pages, the check's and the typography's results, the search indexes.
		rmSync(path.join(work, '.cache'), { recursive: true, force: true });
		build(out);
		return fingerprints(path.join(work, out));
	};
	const edit = (file: string, from: string, to: string) => {
		const text = readFileSync(path.join(work, file), 'utf8');
		expect(text).toContain(from);
		writeFileSync(path.join(work, file), text.replace(from, to));
	};

	beforeAll(() => {
		work = copyProject('incremental');
		build('dist-first');
	}, 300_000);
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('renders nothing again when nothing changed, and gives the same bytes', () => {
		const rendered = build('dist-again');
		// Pages outside any edition and locale (the root index, the 404 page) have no key, and are always rendered.
		expect([...rendered].sort()).toEqual(['404.html', 'index.html']);
		expect(log).toMatch(/check: \d+ chapter files loaded, validated and linted once, [1-9]\d* file results reused from \.cache\/results\/check\.json/);
		expect(log).toMatch(/french typography: \d+ spaces in (\d+) of \1 pages, \1 reused from \.cache\/results\/typography\.json/);
		expect(log).toMatch(/search: 2 Pagefind and offline indexes \(.*\), 2 reused from \.cache\/search\//);
		expect(log).toMatch(/bundles: 2 zips in \d+ ms, 0 files deflated, [1-9]\d* reused from \.cache\/zips\//);
		expect(fingerprints(path.join(work, 'dist-again'))).toEqual(fingerprints(path.join(work, 'dist-first')));
	}, 300_000);

	it('after a French chapter changed, renders that chapter and the French pages that show every chapter, and no English page', () => {
		edit('content/chapters/fr/interagency-coordination.mdx', "ou dans ceux de\n        l'agence qui les donne.", "ou dans ceux de\n        l'agence qui les organise.");
		const rendered = build('dist-fr');
		// The English index is as it was; the French one has the changed practice. The zips deflate only the pages that changed.
		expect(log).toMatch(/search: 2 Pagefind and offline indexes \(.*\), 1 reused from \.cache\/search\//);
		const deflated = Number(/bundles: 2 zips in \d+ ms, (\d+) files deflated, (\d+) reused/.exec(log)?.[1]);
		expect(deflated).toBeGreaterThan(0);
		expect(deflated).toBeLessThan(rendered.size + 10);
		expect(rendered).toContain('base/fr/interagency-coordination.html');
		expect(rendered).toContain('print/base-fr.html');
		expect(rendered).not.toContain('base/fr/governance-and-annual-review.html');
		expect([...rendered].filter((page) => page.startsWith('base/en/') && !page.endsWith('/downloads.html') && !page.endsWith('/translation-status.html'))).toEqual([]);
		expect(readFileSync(path.join(work, 'dist-fr/base/fr/interagency-coordination.html'), 'utf8').includes('agence qui les organise')).toBe(true);
		expect(fingerprints(path.join(work, 'dist-fr'))).toEqual(cold('dist-fr-cold'));
	}, 300_000);

	it("after an English chapter title changed, renders its neighbours' pages (their previous and next links name it) and gives the bytes of a cold build", () => {
		edit('content/chapters/en/interagency-coordination.mdx', 'title: Interagency coordination', 'title: Coordination between agencies');
		const rendered = build('dist-title');
		for (const page of [
			'base/en/interagency-coordination.html',
			'base/en/citizen-preparedness-and-digital-literacy.html',
			'base/en/critical-incident-protocol.html',
			'base/en/index.html',
		])
			expect(rendered).toContain(page);
		expect(readFileSync(path.join(work, 'dist-title/base/en/critical-incident-protocol.html'), 'utf8').includes('Coordination between agencies')).toBe(true);
		expect(fingerprints(path.join(work, 'dist-title'))).toEqual(cold('dist-title-cold'));
	}, 300_000);
});
