/** The offline search a bundle uses from disk: Snowball stems, every word required, word beginnings, filters, ranking; and its index of terms ranks as the full text would. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as english } from '@orama/stemmers/english';
import { fold, offlineIndex, offlineRecord, searchOffline, termCounts, terms, type Stemmer } from '../../src/search/client/offline-search.ts';
import { buildStemmer } from '../../src/search/build-stemmer.ts';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import { searchRecords } from '../../src/search/search-records.ts';
import { translator } from '../../src/ui-strings/translator-fs.ts';
import type { SearchRecord } from '../../src/search/search-records.ts';

const record = (id: string, title: string, text: string, tier = 'Silver', chapter = 'CNT · Counting'): SearchRecord => ({
	id,
	title,
	tier,
	tierId: 'silver',
	chapter,
	href: `x.html#${id}`,
	statement: text,
	text: `${id}\n${title}\n${text}`,
});
const indexOf = (records: SearchRecord[], stem: Stemmer) =>
	offlineIndex(
		records.map((item) => offlineRecord(item, stem)),
		stem,
	);
const english_ = indexOf(
	[
		record('CNT-1', 'Count in public', 'Count every ballot where observers can see it.'),
		record('CNT-2', 'Audit the results', 'Run a risk-limiting audit before certification.', 'Gold'),
		record('TEC-3', 'Harden tabulators', 'Tabulators are audited by an accredited laboratory.', 'Gold', 'TEC · Technology'),
		record('OBS-2', 'Publish observation reports', 'Observation missions publish their findings.'),
	],
	english,
);
const arabic_ = indexOf([record('OBS-1', 'اعتماد المراقبين', 'تُنشر قواعد الاعتماد والتدقيق قبل الاقتراع.')], arabic);
const ids = (index = english_, query: string, filters = {}) => searchOffline(index, query, filters).map((hit) => hit.record.id);

describe('offline search', () => {
	it('folds case and diacritics after stemming', () => {
		expect(fold('Élection ÉTÉ')).toBe('election ete');
		expect(fold('تُنشر')).toBe('تنشر');
		expect(terms('Audits observers', english)).toEqual(['audit', 'observ']);
	});

	it('requires every word, matches stems and word beginnings, and ranks title matches first', () => {
		expect(ids(english_, 'audits')).toEqual(['CNT-2', 'TEC-3']);
		expect(ids(english_, 'audit certification')).toEqual(['CNT-2']);
		expect(ids(english_, 'observers')).toEqual(['OBS-2', 'CNT-1']);
		expect(ids(english_, 'audit observers')).toEqual([]);
		expect(ids(english_, 'tabul')).toEqual(['TEC-3']);
		expect(ids(english_, '')).toEqual([]);
	});

	it('finds an Arabic word with or without its article', () => {
		expect(ids(arabic_, 'الاعتماد')).toEqual(['OBS-1']);
		expect(ids(arabic_, 'اعتماد')).toEqual(['OBS-1']);
	});

	it('filters by chapter and tier', () => {
		expect(ids(english_, 'audit', { tier: 'Gold', chapter: 'TEC · Technology' })).toEqual(['TEC-3']);
		expect(ids(english_, 'audit', { tier: 'Silver' })).toEqual([]);
	});

	it('finds a practice by its ID', () => {
		expect(ids(english_, 'TEC-3')).toEqual(['TEC-3']);
	});

	it('indexes each term of the text once, with its count, and no text', () => {
		expect(termCounts('Audit the audits; audited twice. The end', english)).toBe('audit:3 the:2 twice end');
		const compact = offlineRecord(record('CNT-2', 'Audit', 'Audit: audits.'), english);
		expect(compact).not.toHaveProperty('text');
		expect(compact.terms).toBe('cnt 2 audit:3');
	});
});

/** The offline search as it was when the index carried the text: the reference the compact index must match. */
function fullTextSearch(records: SearchRecord[], stem: Stemmer, query: string): string[] {
	const wanted = [...new Set(terms(query, stem))];
	if (wanted.length === 0) return [];
	const hits: Array<{ id: string; score: number }> = [];
	for (const item of records) {
		const title = terms(item.title, stem);
		const all = terms(item.text, stem);
		let score = 0;
		let matched = true;
		for (const term of wanted) {
			const inText = all.filter((word) => word.startsWith(term)).length;
			if (inText === 0) matched = false;
			score += inText + 2 * title.filter((word) => word.startsWith(term)).length;
		}
		if (matched) hits.push({ id: item.id, score });
	}
	return hits.sort((a, b) => b.score - a.score).map((hit) => hit.id);
}

describe('the index of terms, on the shipped content', () => {
	const root = path.resolve(import.meta.dirname, '../..');
	const { publication } = loadContent(root);
	const queries: Record<string, string[]> = {
		en: ['ballot', 'risk-limiting audit', 'observ', 'phishing training', 'paper ballots count', 'a', 'TEC-6', 'election officials'],
		fr: ['scrutin', 'audit', 'observateurs', 'bulletins papier', 'é'],
		es: ['votación', 'auditoría', 'observadores'],
		ar: ['تدقيق', 'المراقبين', 'الاقتراع الورقي', 'ال'],
	};
	for (const [locale, list] of Object.entries(queries)) {
		it(`ranks every query exactly as the full text did (${locale})`, async () => {
			const stem = await buildStemmer(locale);
			const records = searchRecords(publication!, 'base', locale, translator(root, locale));
			const index = indexOf(records, stem);
			for (const query of list) {
				const expected = fullTextSearch(records, stem, query);
				expect(expected.length, query).toBeGreaterThan(0);
				expect(
					searchOffline(index, query).map((hit) => hit.record.id),
					query,
				).toEqual(expected);
			}
		});
	}
});
