/**
 * A part of the publication (`npm run build -- --edition ca --locale fr`)
 * loads into Astro only the MDX bodies it renders (src/site/collection-patterns.ts):
 * its locales' and the source locale's, and its editions' own chapters. At
 * scale that is most of a part's memory. The pages it renders must be the
 * very bytes a whole build gives them.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionPatterns } from '../../src/site/collection-patterns.ts';
import { fingerprints } from '../support/fingerprints.ts';
import { copyProject } from '../support/project-copy.ts';

describe('collectionPatterns', () => {
	it('loads everything for a whole build, and a part its locales with the source locale, and its editions only', () => {
		expect(collectionPatterns(undefined, 'en')).toEqual({ localeFiles: ['*/*.mdx'], editionChapters: ['*/chapters/*/*.mdx'] });
		expect(collectionPatterns({ editions: ['ca'], locales: ['fr'] }, 'en')).toEqual({
			localeFiles: ['en/*.mdx', 'fr/*.mdx'],
			editionChapters: ['ca/chapters/en/*.mdx', 'ca/chapters/fr/*.mdx'],
		});
		expect(collectionPatterns({ locales: ['en'] }, 'en')).toEqual({ localeFiles: ['en/*.mdx'], editionChapters: ['*/chapters/en/*.mdx'] });
		expect(collectionPatterns({ editions: ['ca'] }, 'en')).toEqual({ localeFiles: ['*/*.mdx'], editionChapters: ['ca/chapters/*/*.mdx'] });
	});
});

describe('a part of the publication', () => {
	let work: string;
	const build = (...args: string[]) => {
		const built = spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, CET_PDF: '0' } });
		expect(built.status, built.stderr).toBe(0);
	};
	beforeAll(() => {
		work = copyProject('part-build');
		build('--out', 'dist-whole');
		// Cold, so that Astro's content store holds only what the part loaded.
		rmSync(path.join(work, '.cache'), { recursive: true, force: true });
		build('--edition', 'ca', '--locale', 'fr');
	}, 300_000);
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('loads into Astro the French and English bodies only', () => {
		const store = readFileSync(path.join(work, '.cache/astro/data-store.json'), 'utf8');
		expect(store).toContain('"fr/critical-incident-protocol"');
		expect(store).toContain('"en/critical-incident-protocol"');
		expect(store).not.toContain('"es/critical-incident-protocol"');
		expect(store).not.toContain('"ar/critical-incident-protocol"');
	});

	it('renders its pages byte for byte as the whole build does', () => {
		const whole = fingerprints(path.join(work, 'dist-whole'));
		const part = Object.entries(fingerprints(path.join(work, 'dist-ca-fr'))).filter(([file]) => file.startsWith('ca/fr/'));
		expect(part.length).toBeGreaterThan(100);
		expect(part.filter(([file, hash]) => whole[file] !== hash).map(([file]) => file)).toEqual([]);
	});
});
