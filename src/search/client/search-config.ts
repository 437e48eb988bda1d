/**
 * What the search page hands its script, as JSON in the page: the strings in
 * the reader's language and where the two indexes are, relative to the page.
 */
export interface SearchConfig {
	/** Relative to the page. @example pagefind/pagefind.js */
	pagefind: string;
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
		noResults: string;
		searching: string;
		failed: string;
		tierLabel: string;
	};
}

export const SEARCH_CONFIG_ID = 'search-config';
