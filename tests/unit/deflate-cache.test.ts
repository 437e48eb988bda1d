/**
 * The zips' deflated bytes kept between builds (src/build/deflate-cache.ts),
 * and the zip written from them (zipBundle): the same bytes with and without
 * the cache, an archive that Info-ZIP's unzip tests clean (the tool a reader
 * opens it with), a damaged entry deflated again rather than shipped, and
 * only what the last build used kept.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { openDeflateCache } from '../../src/build/deflate-cache.ts';
import { zipBundle } from '../../src/build/offline-bundle.ts';
import { ensureDebianPackage } from '../support/debian-package.ts';
import { temporaryFolder } from '../support/project-copy.ts';

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
const encoder = new TextEncoder();
const files = new Map<string, Uint8Array>([
	['index.html', encoder.encode('<p>Protocole « critique » : réponse</p>\n'.repeat(200))],
	['assets/site.css', encoder.encode('body { margin: 0 }\n')],
	['downloads/empty.txt', new Uint8Array(0)],
]);
const cacheDir = () => {
	const dir = temporaryFolder('deflate-cache');
	folders.push(dir);
	return dir;
};

describe('zips from cached deflated bytes', () => {
	it('writes the same zip with and without the cache, and reuses every file on the next build', () => {
		const dir = cacheDir();
		const plain = zipBundle('base-fr', files);
		const first = openDeflateCache(dir);
		expect(zipBundle('base-fr', files, first.deflate)).toEqual(plain);
		expect(first.stats).toEqual({ reused: 0, deflated: 3 });
		const second = openDeflateCache(dir);
		expect(zipBundle('base-fr', files, second.deflate)).toEqual(plain);
		expect(second.stats).toEqual({ reused: 3, deflated: 0 });
		const back = unzipSync(plain);
		expect(Object.keys(back)).toEqual(['base-fr/index.html', 'base-fr/assets/site.css', 'base-fr/downloads/empty.txt']);
		expect(back['base-fr/index.html']).toEqual(files.get('index.html'));
	});

	it('is an archive unzip -t finds no error in', () => {
		const dir = cacheDir();
		const zip = path.join(dir, 'base-fr.zip');
		writeFileSync(zip, zipBundle('base-fr', files));
		const tested = spawnSync(ensureDebianPackage('unzip', 'unzip'), ['-t', zip], { encoding: 'utf8' });
		expect(tested.stdout).toContain('No errors detected in compressed data');
		expect(tested.status).toBe(0);
	});

	it('deflates a damaged entry again instead of using it', () => {
		const dir = cacheDir();
		const plain = zipBundle('base-fr', files);
		zipBundle('base-fr', files, openDeflateCache(dir).deflate);
		for (const name of readdirSync(dir)) writeFileSync(path.join(dir, name), 'not deflate data');
		const again = openDeflateCache(dir);
		expect(zipBundle('base-fr', files, again.deflate)).toEqual(plain);
		expect(again.stats).toEqual({ reused: 0, deflated: 3 });
	});

	it('keeps only what the last build used', () => {
		const dir = cacheDir();
		const first = openDeflateCache(dir);
		zipBundle('base-fr', files, first.deflate);
		first.prune();
		expect(readdirSync(dir)).toHaveLength(3);
		const changed = new Map(files).set('index.html', encoder.encode('<p>Autre</p>'));
		const second = openDeflateCache(dir);
		zipBundle('base-fr', changed, second.deflate);
		second.prune();
		expect(second.stats).toEqual({ reused: 2, deflated: 1 });
		expect(readdirSync(dir)).toHaveLength(3);
	});
});
