/**
 * The search that works where Pagefind cannot: a bundle opened from disk
 * (file://), where Chromium blocks Pagefind's dynamic import and fetches.
 * It searches the same records Pagefind indexed, loaded by a classic
 * `<script src>`. Every query word must match (as Pagefind requires); a word
 * matches a record word it begins, after folding case and diacritics and, in
 * Arabic, the article and clinging particles; a light stem stands in for
 * Pagefind's stemmer, so "audits" finds "audit".
 */
import type { SearchRecord } from '../search-records.ts';

/** Lower case, no diacritics (Latin accents, Arabic short vowels), Arabic letter variants folded. */
export function fold(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/ى/g, 'ي')
		.replace(/ـ/g, '');
}

export function words(text: string): string[] {
	return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const ARABIC_PREFIXES = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف'];

/** A record word and, for Arabic, the word without its article or particle. */
export function forms(word: string): string[] {
	const prefix = ARABIC_PREFIXES.find((candidate) => word.startsWith(candidate) && word.length - candidate.length >= 3);
	return prefix ? [word, word.slice(prefix.length)] : [word];
}

/** A query word reduced to what it must begin: plural and verb endings dropped, never below four letters. */
export function stem(word: string): string {
	const ending = /(?:ations|ation|ments|ment|ings|ing|ies|es|ed|s|ات|ون|ين|ة)$/u.exec(word);
	if (!ending || word.length - ending[0].length < 4) return word;
	return word.slice(0, word.length - ending[0].length);
}

export interface OfflineHit {
	record: SearchRecord;
	score: number;
}

export interface OfflineFilters {
	chapter?: string;
	tier?: string;
}

export interface OfflineIndex {
	records: SearchRecord[];
	/** Per record, its folded words (title words first, kept apart for ranking). */
	words: Array<{ title: string[]; all: string[] }>;
}

export function offlineIndex(records: SearchRecord[]): OfflineIndex {
	return {
		records,
		words: records.map((record) => ({ title: words(record.title).flatMap(forms), all: words(record.text).flatMap(forms) })),
	};
}

/** Records matching every query word, best first (title matches count triple), ties in template order. */
export function searchOffline(index: OfflineIndex, query: string, filters: OfflineFilters = {}): OfflineHit[] {
	const terms = [...new Set(words(query))].map(stem);
	if (terms.length === 0) return [];
	const hits: OfflineHit[] = [];
	index.records.forEach((record, position) => {
		if (filters.chapter && record.chapter !== filters.chapter) return;
		if (filters.tier && record.tier !== filters.tier) return;
		const { title, all } = index.words[position]!;
		let score = 0;
		for (const term of terms) {
			const inText = all.filter((word) => word.startsWith(term)).length;
			if (inText === 0) return;
			score += inText + 2 * title.filter((word) => word.startsWith(term)).length;
		}
		hits.push({ record, score });
	});
	return hits.sort((a, b) => b.score - a.score);
}
