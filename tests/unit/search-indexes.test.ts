/** The search indexes, built edition × locale at once, are the same bytes as built one after the other, and the offline index holds the same records Pagefind indexed. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeSearchIndexes } from '../../src/build/search-indexes.ts';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import { OFFLINE_INDEX_FILE, PAGEFIND_DIR } from '../../src/search/search-files.ts';
import { translator } from '../../src/ui-strings/translator-fs.ts';
import { fingerprints } from '../support/fingerprints.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'cet-search-indexes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('two at a time gives the same files as one at a time, in the same order of summaries', async () => {
	const { publication } = loadContent(root);
	const translatorFor = (locale: string) => translator(root, locale);
	const serial = await writeSearchIndexes(path.join(work, 'serial'), publication!, translatorFor, {}, 1);
	const parallel = await writeSearchIndexes(path.join(work, 'parallel'), publication!, translatorFor, {}, 2);
	expect(parallel).toEqual(serial);
	expect(serial.map((summary) => `${summary.edition}/${summary.locale}`)).toEqual(['base/en', 'base/fr', 'base/es', 'base/ar', 'ca/en', 'ca/fr']);
	const files = fingerprints(path.join(work, 'serial'));
	expect(Object.keys(files).filter((name) => name.endsWith(`/${PAGEFIND_DIR}/pagefind-entry.json`))).toHaveLength(6);
	expect(fingerprints(path.join(work, 'parallel'))).toEqual(files);
	const offline = readFileSync(path.join(work, 'parallel', 'base', 'en', OFFLINE_INDEX_FILE), 'utf8');
	expect(offline.match(/"id":/g)).toHaveLength(serial[0]!.records);
});
