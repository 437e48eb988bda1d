/**
 * Everything a page needs to render in its language and link relatively:
 * built once per page from its route, passed to the layout and components.
 */
import { translator } from '../ui-strings/translator.ts';
import { formatDate } from '../ui-strings/format.ts';
import { editionChapters, termsFor } from '../resolve/edition-view.ts';
import { editionNameOf, publishedEditions } from '../resolve/editions.ts';
import type { Localized } from '../resolve/localize.ts';
import type { Locale } from '../schemas/template.ts';
import { linker } from './relative-url.ts';
import { pageFile } from './routes.ts';
import { publication } from './publication.ts';
import type { RouteProps } from './static-paths.ts';

export interface Alternate {
	locale: string;
	/** The language's name for itself. */
	name: string;
	dir: 'ltr' | 'rtl';
	href: string;
	current: boolean;
}

/** `lang`/`dir` to spread on words that fell back to the source language; empty when they are in the reader's. */
export type ContentLang = { lang?: string; dir?: Locale['dir'] };

/**
 * @param slug the page inside `/<edition>/<locale>/`, so that the language
 *   switcher and hreflang links point at the same page in other languages;
 *   omitted for pages outside an edition (the root picker, the 404).
 */
export function pageContext(edition: string, locale: string, file: string, slug?: string) {
	const { template } = publication();
	const localeInfo = template.locales.find((candidate) => candidate.code === locale);
	const link = linker(file);
	const editionLocales = publishedEditions(publication()).find((candidate) => candidate.code === edition)?.locales ?? [];
	const alternates: Alternate[] =
		slug === undefined
			? []
			: editionLocales.map((code) => {
					const info = template.locales.find((candidate) => candidate.code === code)!;
					return { locale: code, name: info.name, dir: info.dir, href: link(pageFile(edition, code, slug)), current: code === locale };
				});
	const t = translator(locale);
	/** Writing direction of a language. */
	const dirOf = (code: string): Locale['dir'] => template.locales.find((candidate) => candidate.code === code)?.dir ?? 'ltr';
	return {
		edition,
		locale,
		sourceLocale: template.sourceLocale,
		dir: localeInfo?.dir ?? 'ltr',
		file,
		slug,
		template,
		alternates,
		t,
		link,
		/** Link to a page of the same edition and locale. */
		page: (target: string, fragment?: string) => link(pageFile(edition, locale, target) + (fragment ? `#${fragment}` : '')),
		/** Link to a page of the same edition in another locale. */
		pageIn: (targetLocale: string, target: string) => link(pageFile(edition, targetLocale, target)),
		date: (isoDate: string) => formatDate(locale, isoDate),
		/** The chapters as this edition's reader sees them in this locale, adaptations applied, in template order. */
		chapters: () => editionChapters(publication(), edition, locale),
		/** Term values for this edition and locale. */
		terms: () => termsFor(publication(), edition, locale),
		/** Term values for this edition in another locale: the source's, for words shown on fallback. */
		termsIn: (wordsLocale: string) => termsFor(publication(), edition, wordsLocale),
		/** The edition's name in this locale. */
		editionName: () => editionNameOf(publication(), edition, locale, t),
		dirOf,
		/** The name of a language, in that language. */
		languageName: (code: string) => template.locales.find((candidate) => candidate.code === code)?.name ?? code,
		/** On fallback, the words are in the source language: say so to screen readers and search. */
		contentLang: (localized: Pick<Localized<unknown>, 'state' | 'contentLocale'>): ContentLang =>
			localized.state === 'missing' ? { lang: localized.contentLocale, dir: dirOf(localized.contentLocale) } : {},
	};
}

export type PageContext = ReturnType<typeof pageContext>;

/** What a page of an edition and locale starts from: the route `getStaticPaths` gave it, and its context. */
export function routeContext({ route }: RouteProps) {
	return { route, context: pageContext(route.edition, route.locale, route.file, route.slug) };
}
