/**
 * The search that works where Pagefind cannot: a bundle opened from disk
 * (file://), where Chromium blocks Pagefind's dynamic import and fetches.
 * It searches the same records Pagefind indexed, loaded by a classic
 * `<script src>`, and matches as Pagefind does: words are stemmed with the
 * language's Snowball stemmer (loaded the same way), every query word must
 * match, and a query word matches any indexed word that begins with it. Case
 * and diacritics are folded after stemming.
 *
 * The index does not carry the practices' text: the build stems it with the
 * same stemmer and keeps each term once with its count (`offlineRecord`),
 * which ranks exactly as the text would, in less room.
 */
import type { SearchRecord } from '../search-records.ts';

export type Stemmer = (word: string) => string;
const unstemmed: Stemmer = (word) => word;

/** Lower case, no diacritics (Latin accents, Arabic short vowels and hamza seats), no tatweel. */
export function fold(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ـ/g, '');
}

/** Each stemmer's terms by word, as found: the same words recur in every practice. */
const known = new WeakMap<Stemmer, Map<string, string>>();

/** A text's words, lower-cased, stemmed, folded. */
export function terms(text: string, stem: Stemmer = unstemmed): string[] {
	let termOf = known.get(stem);
	if (!termOf) known.set(stem, (termOf = new Map()));
	const cache = termOf;
	return text
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean)
		.map((word) => {
			let term = cache.get(word);
			if (term === undefined) cache.set(word, (term = fold(stem(word))));
			return term;
		});
}

/** A record as the offline index carries it: what a result shows, and the terms of its text instead of the text. */
export type OfflineRecord = Omit<SearchRecord, 'text'> & {
	/** Each term of the text once, in order of first use, with `:<count>` when it occurs more than once. @example "audit:3 observ ballot:2" */
	terms: string;
};

/** The text's terms, each once, with its count when above 1. */
export function termCounts(text: string, stem: Stemmer = unstemmed): string {
	const counts = new Map<string, number>();
	for (const term of terms(text, stem)) counts.set(term, (counts.get(term) ?? 0) + 1);
	return [...counts].map(([term, count]) => (count > 1 ? `${term}:${count}` : term)).join(' ');
}

/** The record for the offline index, its text stemmed with the language's stemmer (the one the search page loads). */
export function offlineRecord(record: SearchRecord, stem: Stemmer = unstemmed): OfflineRecord {
	const { text, ...shown } = record;
	return { ...shown, terms: termCounts(text, stem) };
}

export interface OfflineHit {
	record: OfflineRecord;
	score: number;
}

export interface OfflineFilters {
	chapter?: string;
	tier?: string;
}

export interface OfflineIndex {
	records: OfflineRecord[];
	stem: Stemmer;
	/** Per record, its terms: the title's apart, for ranking, and the text's with their counts. */
	terms: Array<{ title: string[]; all: Array<[term: string, count: number]> }>;
}

function parsedTerms(list: string): Array<[string, number]> {
	return list
		.split(' ')
		.filter(Boolean)
		.map((entry) => {
			const colon = entry.lastIndexOf(':');
			return colon < 0 ? [entry, 1] : [entry.slice(0, colon), Number(entry.slice(colon + 1))];
		});
}

export function offlineIndex(records: OfflineRecord[], stem: Stemmer = unstemmed): OfflineIndex {
	return { records, stem, terms: records.map((record) => ({ title: terms(record.title, stem), all: parsedTerms(record.terms) })) };
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
			let inText = 0;
			for (const [word, count] of all) if (word.startsWith(term)) inText += count;
			if (inText === 0) return;
			score += inText + 2 * title.filter((word) => word.startsWith(term)).length;
		}
		hits.push({ record, score });
	});
	return hits.sort((a, b) => b.score - a.score);
}
