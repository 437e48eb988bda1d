/**
 * The language's Snowball stemmer at build time: the very module the search
 * page loads as `assets/stemmer-<lang>.js`, so the terms the build writes into
 * the offline index are the terms the page stems a query to.
 */
import type { Stemmer } from './client/offline-search.ts';
import { STEMMER_LANGUAGES } from './stemmer-languages.ts';

export async function buildStemmer(locale: string): Promise<Stemmer> {
	const language = STEMMER_LANGUAGES[locale];
	if (!language) return (word) => word;
	const specifier = `@orama/stemmers/${language}`;
	const { stemmer } = (await import(/* @vite-ignore */ specifier)) as { stemmer: Stemmer };
	return stemmer;
}
