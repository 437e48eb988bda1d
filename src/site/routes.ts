/**
 * Every page of the publication, derived from the content. `getStaticPaths`
 * and `dist/manifest.json` both come from this list, so they cannot disagree.
 */
import type { Publication } from '../content/types.ts';
import { builtEditions, type Edition } from '../resolve/editions.ts';
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

/** Source chapters in template order: the structure every locale shares. */
export function sourceChapters(publication: Publication) {
	return [...publication.chapters].sort((a, b) => a.data.order - b.data.order);
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
	const document = publication.editions.find((candidate) => candidate.manifest.data.code === edition.code);
	// The edition's own chapters join the base ones, in template order.
	const own = (document?.chapters ?? []).filter((chapter) => chapter.locale === edition.locales[0]);
	const chapters = [...sourceChapters(publication), ...own].sort((a, b) => a.data.order - b.data.order);
	const added = document?.adaptations.data.added ?? [];
	// An edition's own practices follow the base practices of their chapter.
	const idsOf = (slug: string, base: string[]) => [...base, ...added.filter((practice) => practice.chapter === slug).map((practice) => practice.id)];
	const chapterIds = chapters.map((chapter) =>
		idsOf(
			chapter.data.slug,
			chapter.data.practices.map((practice) => practice.id),
		),
	);
	return [
		route('home', 'index'),
		route('introduction', 'introduction'),
		...chapters.map((chapter, index) => route('chapter', chapter.data.slug, chapterIds[index])),
		route('practices', 'practices', chapterIds.flat()),
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
