/**
 * The pages the site itself adds to each edition and locale, beside the
 * chapters, by file name without `.html`: the one list that routes, slug
 * checks and link checks read.
 */
export const SITE_PAGES = [
	'index',
	'introduction',
	'practices',
	'certification',
	'assessment',
	'observer',
	'glossary',
	'contributors',
	'translation-status',
	'downloads',
	'search',
] as const;
/** Pages only a country edition has. */
export const EDITION_PAGES = ['adaptations'] as const;
export type SitePage = (typeof SITE_PAGES)[number] | (typeof EDITION_PAGES)[number];

/** Names a chapter's slug may not take, because the site's own pages (and the 404) have them. */
export const RESERVED_SLUGS: readonly string[] = [...SITE_PAGES, ...EDITION_PAGES, '404'];

/** Top-level folders the build writes itself beside the editions' folders: no edition may take one as its code. */
export const BUILD_FOLDERS: readonly string[] = ['downloads', 'assets', 'schemas', 'pagefind', 'print', '_astro'];
