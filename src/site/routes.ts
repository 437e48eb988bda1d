/**
 * Every page of the publication, derived from the content. `getStaticPaths`
 * and `dist/manifest.json` both come from this list, so they cannot disagree.
 */
import type { Publication } from '../content/types.ts';
import { builtEditions, type Edition } from '../resolve/editions.ts';
import { editionChapters } from '../resolve/edition-view.ts';
import type { BuildSelection } from '../schemas/build-options.ts';
import type { SitePage } from '../schemas/site-pages.ts';

/** What a route renders: an edition's home (`index`), a chapter, or one of the site's own pages. */
export type PageKind = 'home' | 'chapter' | Exclude<SitePage, 'index'>;

export interface SiteRoute {
	edition: string;
	locale: string;
	kind: PageKind;
	/** Page name inside `/<edition>/<locale>/`. @example critical-incident-protocol */
	slug: string;
	/** Site-relative output file. @example base/en/critical-incident-protocol.html */
	file: string;
	/** Practice IDs with an anchor on this page, in page order. */
	practiceIds: string[];
}

export function pageFile(edition: string, locale: string, slug: string): string {
	return `${edition}/${locale}/${slug}.html`;
}

function routesOf(publication: Publication, edition: Edition, locale: string): SiteRoute[] {
	const route = (kind: PageKind, slug: string, practiceIds: string[] = []): SiteRoute => ({
		edition: edition.code,
		locale,
		kind,
		slug,
		file: pageFile(edition.code, locale, slug),
		practiceIds,
	});
	// The chapters and practice IDs as the edition has them (its own chapters and practices included): the same in every locale.
	const chapters = editionChapters(publication, edition.code, locale);
	return [
		route('home', 'index'),
		route('introduction', 'introduction'),
		...chapters.map((chapter) =>
			route(
				'chapter',
				chapter.data.slug,
				chapter.data.practices.map((practice) => practice.id),
			),
		),
		route(
			'practices',
			'practices',
			chapters.flatMap((chapter) => chapter.data.practices.map((practice) => practice.id)),
		),
		route('certification', 'certification'),
		route('assessment', 'assessment'),
		route('observer', 'observer'),
		route('glossary', 'glossary'),
		route('contributors', 'contributors'),
		route('translation-status', 'translation-status'),
		route('downloads', 'downloads'),
		route('search', 'search'),
		...(edition.isBase ? [] : [route('adaptations', 'adaptations')]),
	];
}

export function siteRoutes(publication: Publication, only: BuildSelection = {}): SiteRoute[] {
	return builtEditions(publication, only).flatMap((edition) => edition.locales.flatMap((locale) => routesOf(publication, edition, locale)));
}
