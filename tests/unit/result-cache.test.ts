/**
 * The results kept between runs (src/utils/result-cache-fs.ts): the check's
 * per-file results and the pages' French typography. A cached run must find
 * exactly what an uncached one finds, file, line and message included (the
 * positions of a cached file are found by parsing it again, only for a
 * report), a changed file must be checked again, and a run that reuses
 * everything must leave the cache file as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/build/check-project.ts';
import { typesetFrenchPages } from '../../src/build/typography.ts';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import { openResultCache, resultCacheFile } from '../../src/utils/result-cache-fs.ts';
import { typesetFrenchHtml } from '../../src/utils/typeset-html.ts';
import { fixtureProject, FIXTURES, located } from '../support/fixture-project.ts';
import { temporaryFolder } from '../support/project-copy.ts';

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
const fixture = (...scenarios: string[]) => {
	const root = fixtureProject(...scenarios);
	folders.push(root);
	return root;
};
const env = {} as NodeJS.ProcessEnv;
/** The check as npm run check runs it: cache opened, checked, saved. */
const cachedCheck = (root: string) => {
	const cache = openResultCache(root, 'check', env);
	const result = checkProject(root, cache);
	cache.save();
	return { found: located(result.diagnostics), stats: { ...cache.stats } };
};
const uncachedCheck = (root: string) => located(checkProject(root).diagnostics);
/** Every scenario folder with a mistake in it, as `<kind>/<name>`. */
const scenarios = ['content-errors', 'edition-errors', 'template-errors', 'translation-errors', 'string-errors'].flatMap((kind) =>
	readdirSync(path.join(FIXTURES, kind)).map((name) => `${kind}/${name}`),
);

describe('the check with its cache', () => {
	it.each(scenarios)('%s: finds the same, file, line and message, uncached, computing, and all reused', (scenario) => {
		const root = fixture(scenario);
		const expected = uncachedCheck(root);
		expect(expected.length).toBeGreaterThan(0);
		const first = cachedCheck(root);
		expect(first.found).toEqual(expected);
		const second = cachedCheck(root);
		expect(second.found).toEqual(expected);
		expect(second.stats.misses).toBe(0);
		expect(second.stats.hits).toBeGreaterThan(0);
	});

	it('checks a changed file again: a mistake added after a clean, cached check is found at its line', () => {
		const root = fixture();
		expect(cachedCheck(root).found).toEqual([]);
		const file = path.join(root, 'content/chapters/en/beta.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('\nBody.\n', '\nBody, as BET-9 says.\n'));
		const again = cachedCheck(root);
		expect(again.found).toEqual(uncachedCheck(root));
		expect(again.found).toEqual([expect.stringMatching(/^content\/chapters\/en\/beta\.mdx:36:\d+ UnknownPracticeReference: /)]);
		// Only that file's gate and lint ran again: its frontmatter is as it was, and so is the rest of the publication.
		expect(again.stats.misses).toBe(2);
	});

	it('lints every file again when the publication they are judged against changes (a new practice ID is a known one)', () => {
		const root = fixture();
		cachedCheck(root);
		const file = path.join(root, 'content/chapters/en/beta.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('  - id: BET-2\n', '  - id: BET-3\n'));
		const again = cachedCheck(root);
		expect(again.found).toEqual(uncachedCheck(root));
		const lintedFiles = readdirSync(path.join(root, 'content/chapters/en')).length + readdirSync(path.join(root, 'content/chapters/fr')).length;
		expect(again.stats.misses).toBeGreaterThan(2 + lintedFiles);
	});

	it('leaves the cache file byte for byte and untouched when everything was reused, and drops the results of a deleted file', () => {
		const root = fixture();
		cachedCheck(root);
		const file = path.join(root, resultCacheFile('check'));
		const before = { bytes: readFileSync(file), modified: statSync(file).mtimeMs };
		cachedCheck(root);
		expect(readFileSync(file)).toEqual(before.bytes);
		expect(statSync(file).mtimeMs).toBe(before.modified);
		const entries = () => Object.keys(JSON.parse(readFileSync(file, 'utf8')).entries).length;
		const all = entries();
		rmSync(path.join(root, 'content/chapters/fr/alpha.mdx'));
		cachedCheck(root);
		expect(entries()).toBe(all - 3);
	});

	it('treats a damaged or foreign cache file as empty, and CET_CACHE=off writes none', () => {
		const root = fixture('content-errors/invalid-date');
		const expected = uncachedCheck(root);
		mkdirSync(path.join(root, '.cache/results'), { recursive: true });
		for (const damaged of ['{"code": "not this kit", "entries": {"x": 1}}', '{ half a file', '[]']) {
			writeFileSync(path.join(root, resultCacheFile('check')), damaged);
			const run = cachedCheck(root);
			expect(run.found).toEqual(expected);
			expect(run.stats.hits).toBe(0);
		}
		const off = temporaryFolder('cache-off');
		folders.push(off);
		cpSync(root, off, { recursive: true });
		rmSync(path.join(off, '.cache'), { recursive: true });
		const cache = openResultCache(off, 'check', { CET_CACHE: 'off' });
		expect(located(checkProject(off, cache).diagnostics)).toEqual(expected);
		cache.save();
		expect(existsSync(path.join(off, '.cache'))).toBe(false);
	});

	it('npm run check says how many results it reused, and prints the same report', () => {
		const root = fixture('content-errors/invalid-date');
		const run = () => spawnSync(process.execPath, ['scripts/check.ts', '--root', root], { encoding: 'utf8' });
		const cold = run();
		const warm = run();
		expect(warm.status).toBe(1);
		expect(warm.stderr).toBe(cold.stderr);
		expect(warm.stderr).toContain('content/chapters/en/beta.mdx:9:1');
		const clean = fixture();
		spawnSync(process.execPath, ['scripts/check.ts', '--root', clean], { encoding: 'utf8' });
		expect(spawnSync(process.execPath, ['scripts/check.ts', '--root', clean], { encoding: 'utf8' }).stdout).toMatch(
			/content OK: 2 chapter files, 4 practices, 2 locale\(s\) in \d+ ms \(\d+ file results from \.cache\/results\/check\.json, 0 computed\)/,
		);
	});
});

describe('a .cache/ that came with the repository', () => {
	const git = (root: string, ...args: string[]) => {
		const run = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: root, encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(0);
	};

	it('is never read: a forged result that would let hostile MDX through is ignored, and the check stops with the committed file named', () => {
		const root = fixture();
		const hostile = 'content/chapters/en/beta.mdx';
		const file = path.join(root, hostile);
		writeFileSync(file, readFileSync(file, 'utf8').replace('\nBody.\n', '\nBody.\n\nexport const stolen = process.env;\n'));
		const honest = uncachedCheck(root);
		expect(honest.some((line) => line.startsWith(`${hostile}:`))).toBe(true);
		// The attacker's cache: this kit's own, with every result about the hostile file made clean.
		cachedCheck(root);
		const cacheFile = path.join(root, resultCacheFile('check'));
		const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { code: string; entries: Record<string, unknown> };
		for (const [key, value] of Object.entries(cache.entries))
			if (JSON.stringify(value).includes(hostile)) cache.entries[key] = Array.isArray(value) ? [] : { ...(value as object), diagnostics: [] };
		writeFileSync(cacheFile, JSON.stringify(cache));
		git(root, 'init', '-q');
		git(root, 'add', '.');
		git(root, 'add', '-f', '.cache');
		git(root, 'commit', '-q', '-m', 'a change with a cache');
		const run = cachedCheck(root);
		expect(run.stats.hits).toBe(0);
		expect(run.found).toEqual([
			'.cache/results/check.json:1:1 CacheCommitted: The repository tracks files under .cache/ (.cache/results/check.json). The build trusts that folder as its own results (checked files, search indexes, zips, PDFs), so it reads nothing from it while any of it comes from the repository.',
			...honest,
		]);
		const command = spawnSync(process.execPath, ['scripts/check.ts', '--root', root], { encoding: 'utf8' });
		expect(command.status).toBe(1);
		expect(command.stderr).toContain('git rm -r --cached .cache');
		expect(command.stderr).not.toMatch(/^\s+at /m);
	});

	it('is read as usual once it is no longer tracked', () => {
		const root = fixture();
		git(root, 'init', '-q');
		git(root, 'add', '.');
		git(root, 'commit', '-q', '-m', 'content only');
		cachedCheck(root);
		expect(cachedCheck(root).stats.misses).toBe(0);
	});
});

describe('French typography with its cache', () => {
	it('writes the same bytes as without it, and reuses every page on the next run', () => {
		const root = fixture();
		const publication = loadContent(root).publication!;
		const page = '<!doctype html><html lang="fr"><head><title>Attention !</title></head><body><p>Qui ? Voici : « 20 % »</p><p lang="en">Who? This: 20 %</p></body></html>';
		const out = temporaryFolder('typography');
		folders.push(out);
		const locale = publication.template.locales.find((entry) => entry.code === 'fr')!.code;
		mkdirSync(path.join(out, 'base', locale), { recursive: true });
		const file = path.join(out, 'base', locale, 'page.html');
		const typeset = (reuse: boolean) => {
			writeFileSync(file, page);
			const cache = openResultCache(root, 'typography', env);
			const report = typesetFrenchPages(out, publication, {}, cache);
			cache.save();
			return { html: readFileSync(file, 'utf8'), report, hits: cache.stats.hits, reuse };
		};
		const first = typeset(false);
		const second = typeset(true);
		expect(first.html).toBe(typesetFrenchHtml(page).html);
		expect(first.html).not.toBe(page);
		expect(second.html).toBe(first.html);
		expect(second.report).toEqual(first.report);
		expect([first.hits, second.hits]).toEqual([0, 1]);
	});
});
