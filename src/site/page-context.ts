/**
 * Everything a page needs to render in its language and link relatively:
 * built once per page from its route, passed to the layout and components.
 */
import { translator } from '../i18n/translator.ts';
import { formatDate } from '../i18n/format.ts';
import { linker } from './relative-url.ts';
import { pageFile } from './routes.ts';
import { publication } from './publication.ts';

export function pageContext(edition: string, locale: string, file: string) {
	const { template } = publication();
	const localeInfo = template.locales.find((candidate) => candidate.code === locale);
	const link = linker(file);
	return {
		edition,
		locale,
		dir: localeInfo?.dir ?? 'ltr',
		file,
		template,
		t: translator(locale),
		link,
		/** Link to a page of the same edition and locale. */
		page: (slug: string, fragment?: string) => link(pageFile(edition, locale, slug) + (fragment ? `#${fragment}` : '')),
		date: (isoDate: string) => formatDate(locale, isoDate),
	};
}

export type PageContext = ReturnType<typeof pageContext>;
