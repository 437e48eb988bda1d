/**
 * Invariant 8: the same input builds the same bytes, so downloads can be
 * checksummed and compared. Two clean builds of the whole publication, every
 * file of `dist/` compared: pages, search indexes, exports, PDFs, zips.
 * Both with `CET_PDF_CACHE=off` and `CET_CACHE=off`, so that every PDF is
 * printed and every page typeset and indexed twice rather than reused from
 * the first build (src/build/pdf-cache.ts, src/utils/result-cache-fs.ts,
 * src/build/output-cache.ts), and none of those caches is made.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { chromiumExecutable } from '../../src/pdf/find-chromium-fs.ts';
import { copyProject } from '../support/project-copy.ts';
import { fingerprints } from '../support/fingerprints.ts';

const project = path.resolve(import.meta.dirname, '../..');

it('two clean builds give identical dist/ trees, zips and PDFs included', () => {
	const work = copyProject('repro');
	try {
		for (const out of ['dist-a', 'dist-b']) {
			// Clean: without the caches of the last build (Astro's pages in .cache/astro/), and with no PDF cache, so that every page and PDF is made twice.
			rmSync(path.join(work, '.cache'), { recursive: true, force: true });
			const built = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
				cwd: work,
				encoding: 'utf8',
				env: { ...process.env, CET_PDF_CACHE: 'off', CET_CACHE: 'off' },
			});
			expect(built.status, built.stderr).toBe(0);
			expect(built.stdout).toMatch(/search: 6 Pagefind and offline indexes \(.*\), 0 reused from \.cache\/search\//);
			if (chromiumExecutable(process.env.CHROMIUM_PATH)) expect(built.stdout).toMatch(/pdf: 6 printed, 0 reused from cache \(\d+\.\d s\)/);
		}
		const a = fingerprints(path.join(work, 'dist-a'));
		expect(Object.keys(a).length).toBeGreaterThan(200);
		expect(Object.keys(a).filter((name) => /^downloads\/[a-z]+-[a-z]+\.zip$/.test(name))).toHaveLength(6);
		if (chromiumExecutable(process.env.CHROMIUM_PATH)) expect(Object.keys(a).filter((name) => name.endsWith('.pdf'))).toHaveLength(6);
		expect(fingerprints(path.join(work, 'dist-b'))).toEqual(a);
		expect(existsSync(path.join(work, '.cache/pdf')), 'CET_PDF_CACHE=off makes no PDF cache').toBe(false);
		for (const cache of ['.cache/results', '.cache/search', '.cache/zips']) expect(existsSync(path.join(work, cache)), `CET_CACHE=off makes no ${cache}`).toBe(false);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}, 600_000);
