/**
 * The outputs kept between builds (src/build/output-cache.ts), as the search step uses them: an
 * entry is restored only under its own key and only when every file is
 * there with the bytes it was stored with; anything else is a miss, so the
 * build indexes again rather than publish a damaged index.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openOutputCache, outputCacheKey } from '../../src/build/output-cache.ts';
import { fingerprints } from '../support/fingerprints.ts';
import { temporaryFolder } from '../support/project-copy.ts';

let work: string | undefined;
afterEach(() => {
	if (work) rmSync(work, { recursive: true, force: true });
	work = undefined;
});

const setWork = (folder: string) => {
	work = folder;
};

/** A built index: a Pagefind folder and an offline index file, as the search step writes them. */
function builtIndex() {
	const work = temporaryFolder('search-cache');
	setWork(work);
	const pagefind = path.join(work, 'out/pagefind');
	mkdirSync(path.join(pagefind, 'fragment'), { recursive: true });
	writeFileSync(path.join(pagefind, 'pagefind-entry.json'), '{"version":"1.6.0"}');
	writeFileSync(path.join(pagefind, 'fragment/fr_1a2b.pf_fragment'), 'fragment bytes');
	const offline = path.join(work, 'out/search-index.js');
	writeFileSync(offline, 'window.CET_SEARCH={"records":[]};\n');
	const cache = openOutputCache(path.join(work, '.cache/search'));
	const parts = { pagefind, 'search-index.js': offline };
	const restoreTo = () => {
		const into = { pagefind: path.join(work, 'again/pagefind'), 'search-index.js': path.join(work, 'again/search-index.js') };
		mkdirSync(path.join(work, 'again'), { recursive: true });
		return into;
	};
	return { work, cache, parts, restoreTo, entry: path.join(work, '.cache/search/base-fr') };
}

describe('the search cache', () => {
	const key = outputCacheKey('search', 'fr', [{ id: 'INC-1', text: 'Le protocole' }]);

	it('keys on the records and the language', () => {
		expect(outputCacheKey('search', 'fr', [{ id: 'INC-1', text: 'Le protocole' }])).toBe(key);
		expect(outputCacheKey('search', 'fr', [{ id: 'INC-1', text: 'Le protocole !' }])).not.toBe(key);
		expect(outputCacheKey('search', 'es', [{ id: 'INC-1', text: 'Le protocole' }])).not.toBe(key);
	});

	it('restores what it stored, byte for byte, under the same key only', () => {
		const { work, cache, parts, restoreTo } = builtIndex();
		cache.store('base-fr', key, parts);
		const into = restoreTo();
		expect(cache.restore('base-fr', 'f'.repeat(64), into)).toBe(false);
		expect(cache.restore('base-ca', key, into)).toBe(false);
		expect(cache.restore('base-fr', key, into)).toBe(true);
		expect(fingerprints(path.join(work, 'again'))).toEqual(fingerprints(path.join(work, 'out')));
	});

	it.each([
		['a file changed', (entry: string) => writeFileSync(path.join(entry, 'pagefind/fragment/fr_1a2b.pf_fragment'), 'other bytes')],
		['a file gone', (entry: string) => rmSync(path.join(entry, 'search-index.js'))],
		['a file added', (entry: string) => writeFileSync(path.join(entry, 'pagefind/fragment/extra.pf_fragment'), 'x')],
		['its record unreadable', (entry: string) => writeFileSync(path.join(entry, 'cache.json'), '{ half')],
	])('is a miss with %s, and leaves the destination alone', (_case, damage) => {
		const { cache, parts, restoreTo, entry } = builtIndex();
		cache.store('base-fr', key, parts);
		damage(entry);
		const into = restoreTo();
		writeFileSync(into['search-index.js'], 'as it was');
		expect(cache.restore('base-fr', key, into)).toBe(false);
		expect(readFileSync(into['search-index.js'], 'utf8')).toBe('as it was');
	});

	it('replaces the entry of the same name when it stores under a new key', () => {
		const { cache, parts, restoreTo } = builtIndex();
		cache.store('base-fr', key, parts);
		const newer = outputCacheKey('search', 'fr', [{ id: 'INC-1', text: 'Le nouveau protocole' }]);
		cache.store('base-fr', newer, parts);
		expect(cache.restore('base-fr', key, restoreTo())).toBe(false);
		expect(cache.restore('base-fr', newer, restoreTo())).toBe(true);
	});
});
