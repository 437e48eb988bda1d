/**
 * After the build: for each edition and locale, a Pagefind index of its
 * practices in `<edition>/<locale>/pagefind/` (that language's stemming), and
 * the same records as a classic script, `<edition>/<locale>/search-index.js`,
 * for the offline search of a bundle opened from disk. In French, the
 * words the results show get the pages' typography (src/build/typography.ts).
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
import { typesetterFor } from '../utils/french-typography.ts';

/** Pagefind's own interfaces, which our search page does not use. */
const UNUSED_PAGEFIND_FILES = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.|^wasm\.unknown\./;

export function offlineIndexScript(records: SearchRecord[]): string {
	return `window.${OFFLINE_INDEX_GLOBAL}=${JSON.stringify({ records })};\n`;
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
}

export async function writeSearchIndexes(
	outDir: string,
	publication: Publication,
	translatorFor: (locale: string) => TFunction,
	only: BuildSelection = {},
): Promise<SearchIndexSummary[]> {
	const summaries: SearchIndexSummary[] = [];
	try {
		for (const edition of builtEditions(publication, only)) {
			for (const locale of edition.locales) {
				// What the results show is typeset like the pages (French spaces); the chapter and tier stay as the filters' option values are.
				const typeset = typesetterFor(locale);
				const records = searchRecords(publication, edition.code, locale, translatorFor(locale)).map((record) => ({
					...record,
					title: typeset(record.title),
					statement: typeset(record.statement),
					text: typeset(record.text),
				}));
				const folder = path.join(outDir, edition.code, locale);
				mkdirSync(folder, { recursive: true });
				await writePagefindIndex(records, locale, path.join(folder, PAGEFIND_DIR));
				writeFileSync(path.join(folder, OFFLINE_INDEX_FILE), offlineIndexScript(records));
				summaries.push({ edition: edition.code, locale, records: records.length });
			}
		}
	} finally {
		await pagefind.close();
	}
	return summaries;
}
