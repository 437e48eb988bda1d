/**
 * After the build: for each edition and locale, a Pagefind index of its
 * practices in `<edition>/<locale>/pagefind/` (that language's stemming), and
 * the same records as a classic script, `<edition>/<locale>/search-index.js`,
 * for the offline search of a bundle opened from disk (their text as stemmed
 * terms with counts, which rank as the text does). In French, the words the
 * results show get the pages' typography (src/build/typography.ts). With a
 * cache (src/build/output-cache.ts), an index whose records did not change
 * is copied from the previous build instead of built again.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TFunction } from 'i18next';
import * as pagefind from 'pagefind';
import type { Publication } from '../content/types.ts';
import { builtEditions } from '../resolve/editions.ts';
import type { BuildSelection } from '../schemas/build-options.ts';
import { OFFLINE_INDEX_FILE, OFFLINE_INDEX_GLOBAL, PAGEFIND_DIR } from '../search/search-files.ts';
import { searchRecords, type SearchRecord } from '../search/search-records.ts';
import { mapConcurrent } from '../utils/map-concurrent.ts';
import { buildStemmer } from '../search/build-stemmer.ts';
import { offlineRecord, type Stemmer } from '../search/client/offline-search.ts';
import { typesetterFor } from '../utils/french-typography.ts';
import { outputCacheKey, type OutputCache } from './output-cache.ts';

/** Pagefind's own interfaces, which our search page does not use. */
const UNUSED_PAGEFIND_FILES = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.|^wasm\.unknown\./;

/** The offline index: the records with their text as stemmed terms and counts (see `offlineRecord`), as a classic script. */
export function offlineIndexScript(records: SearchRecord[], stem: Stemmer): string {
	return `window.${OFFLINE_INDEX_GLOBAL}=${JSON.stringify({ records: records.map((record) => offlineRecord(record, stem)) })};\n`;
}

async function writePagefindIndex(records: SearchRecord[], locale: string, outputPath: string): Promise<void> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	for (const record of records) {
		const added = await index.addCustomRecord({
			url: record.href,
			content: record.text,
			language: locale,
			meta: { title: record.title, id: record.id, tier: record.tier, tierId: record.tierId, chapter: record.chapter, href: record.href, statement: record.statement },
			filters: { chapter: [record.chapter], tier: [record.tier] },
		});
		if (added.errors.length) throw new Error(`Pagefind refused ${record.id}: ${added.errors.join('; ')}`);
	}
	rmSync(outputPath, { recursive: true, force: true });
	const written = await index.writeFiles({ outputPath });
	if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
	await index.deleteIndex();
	for (const name of readdirSync(outputPath)) if (UNUSED_PAGEFIND_FILES.test(name)) rmSync(path.join(outputPath, name));
}

export interface SearchIndexSummary {
	edition: string;
	locale: string;
	records: number;
	/** Copied from the search cache (src/build/output-cache.ts): its records had not changed. */
	reused: boolean;
}

/**
 * Edition × locale indexes built at once. Pagefind's Node API drives one
 * backend process, which holds every open index in memory; two keep both
 * cores busy (one indexing while the other writes) with two indexes in memory.
 */
export const SEARCH_INDEX_CONCURRENCY = 2;

export async function writeSearchIndexes(
	outDir: string,
	publication: Publication,
	translatorFor: (locale: string) => TFunction,
	only: BuildSelection = {},
	concurrency = SEARCH_INDEX_CONCURRENCY,
	cache?: OutputCache,
): Promise<SearchIndexSummary[]> {
	const targets = builtEditions(publication, only).flatMap((edition) => edition.locales.map((locale) => ({ edition: edition.code, locale })));
	try {
		// Each index from its records, written with its offline index in the same pass; each to its own folder, so the order they finish in changes no byte.
		return await mapConcurrent(targets, concurrency, async ({ edition, locale }) => {
			// What the results show is typeset like the pages (French spaces); the chapter and tier stay as the filters' option values are.
			const typeset = typesetterFor(locale);
			const records = searchRecords(publication, edition, locale, translatorFor(locale)).map((record) => ({
				...record,
				title: typeset(record.title),
				statement: typeset(record.statement),
				text: typeset(record.text),
			}));
			const folder = path.join(outDir, edition, locale);
			mkdirSync(folder, { recursive: true });
			const parts = { [PAGEFIND_DIR]: path.join(folder, PAGEFIND_DIR), [OFFLINE_INDEX_FILE]: path.join(folder, OFFLINE_INDEX_FILE) };
			const key = cache && outputCacheKey('search', locale, records);
			if (cache && key && cache.restore(`${edition}-${locale}`, key, parts)) return { edition, locale, records: records.length, reused: true };
			await writePagefindIndex(records, locale, parts[PAGEFIND_DIR]);
			writeFileSync(parts[OFFLINE_INDEX_FILE], offlineIndexScript(records, await buildStemmer(locale)));
			if (cache && key) cache.store(`${edition}-${locale}`, key, parts);
			return { edition, locale, records: records.length, reused: false };
		});
	} finally {
		await pagefind.close();
	}
}
