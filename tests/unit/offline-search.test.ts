/** The offline search a bundle uses from disk: Snowball stems, every word required, word beginnings, filters, ranking. */
import { describe, expect, it } from 'vitest';
import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as english } from '@orama/stemmers/english';
import { fold, offlineIndex, searchOffline, terms } from '../../src/search/client/offline-search.ts';
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
const english_ = offlineIndex(
	[
		record('CNT-1', 'Count in public', 'Count every ballot where observers can see it.'),
		record('CNT-2', 'Audit the results', 'Run a risk-limiting audit before certification.', 'Gold'),
		record('TEC-3', 'Harden tabulators', 'Tabulators are audited by an accredited laboratory.', 'Gold', 'TEC · Technology'),
		record('OBS-2', 'Publish observation reports', 'Observation missions publish their findings.'),
	],
	english,
);
const arabic_ = offlineIndex([record('OBS-1', 'اعتماد المراقبين', 'تُنشر قواعد الاعتماد والتدقيق قبل الاقتراع.')], arabic);
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
});
