/**
 * The Snowball stemmer of each language, for the offline search: the same
 * algorithms Pagefind stems with, so that a bundle opened from disk finds what
 * the online search finds. A language without one here is searched unstemmed.
 */
export const STEMMER_LANGUAGES: Readonly<Record<string, string>> = {
	ar: 'arabic',
	de: 'german',
	en: 'english',
	es: 'spanish',
	fr: 'french',
	it: 'italian',
	nl: 'dutch',
	pt: 'portuguese',
	ru: 'russian',
	uk: 'ukrainian',
};

/** The global a stemmer script sets. */
export const STEMMER_GLOBAL = 'CET_STEMMER';

/** Relative to `dist/`. @example assets/stemmer-fr.js */
export function stemmerScript(locale: string): string | undefined {
	return STEMMER_LANGUAGES[locale] ? `assets/stemmer-${locale}.js` : undefined;
}
