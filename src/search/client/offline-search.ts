/**
 * The search that works where Pagefind cannot: a bundle opened from disk
 * (file://), where Chromium blocks Pagefind's dynamic import and fetches.
 * It searches the same records Pagefind indexed, loaded by a classic
 * `<script src>`, and matches as Pagefind does: words are stemmed with the
 * language's Snowball stemmer (loaded the same way), every query word must
 * match, and a query word matches any indexed word that begins with it. Case
 * and diacritics are folded after stemming.
 */
import type { SearchRecord } from '../search-records.ts';

export type Stemmer = (word: string) => string;
const unstemmed: Stemmer = (word) => word;

/** Lower case, no diacritics (Latin accents, Arabic short vowels and hamza seats), no tatweel. */
export function fold(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ـ/g, '');
}

/** A text's words, lower-cased, stemmed, folded. */
export function terms(text: string, stem: Stemmer = unstemmed): string[] {
	return text
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean)
		.map((word) => fold(stem(word)));
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
	stem: Stemmer;
	/** Per record, its terms: the title's apart, for ranking. */
	terms: Array<{ title: string[]; all: string[] }>;
}

export function offlineIndex(records: SearchRecord[], stem: Stemmer = unstemmed): OfflineIndex {
	return { records, stem, terms: records.map((record) => ({ title: terms(record.title, stem), all: terms(record.text, stem) })) };
}

/** Records matching every query word, best first (title matches count triple), ties in template order. */
export function searchOffline(index: OfflineIndex, query: string, filters: OfflineFilters = {}): OfflineHit[] {
	const wanted = [...new Set(terms(query, index.stem))];
	if (wanted.length === 0) return [];
	const hits: OfflineHit[] = [];
	index.records.forEach((record, position) => {
		if (filters.chapter && record.chapter !== filters.chapter) return;
		if (filters.tier && record.tier !== filters.tier) return;
		const { title, all } = index.terms[position]!;
		let score = 0;
		for (const term of wanted) {
			const inText = all.filter((word) => word.startsWith(term)).length;
			if (inText === 0) return;
			score += inText + 2 * title.filter((word) => word.startsWith(term)).length;
		}
		hits.push({ record, score });
	});
	return hits.sort((a, b) => b.score - a.score);
}
