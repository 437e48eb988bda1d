/**
 * What the search page hands its script, as JSON in the page: the strings in
 * the reader's language and where the two indexes are, relative to the page.
 */
export interface SearchConfig {
	/**
	 * Relative to the page. @example pagefind/pagefind.js
	 * Absent in an offline bundle, which carries no Pagefind index and searches its offline index, from disk or over http.
	 */
	pagefind?: string;
	/** Relative to the page. @example search-index.js */
	offlineIndex: string;
	/** The global the offline index script sets. */
	offlineGlobal: string;
	/** The language's stemmer script, relative to the page, if it has one. @example ../../assets/stemmer-fr.js */
	stemmer: string | undefined;
	/** The global the stemmer script sets. */
	stemmerGlobal: string;
	strings: {
		/** Result count by plural category (Intl.PluralRules), with `{{count}}`. */
		results: Partial<Record<Intl.LDMLPluralRule, string>>;
		/** While not all results are listed, with `{{found}}` (the count sentence) and `{{shown}}`. */
		shown: string;
		noResults: string;
		searching: string;
		failed: string;
		tierLabel: string;
	};
}

export const SEARCH_CONFIG_ID = 'search-config';

/** Results listed at first, and added by each "Show more results". */
export const RESULTS_PAGE = 10;
