import { buildState, publication } from './publication.ts';
import { pageCacheKey } from './page-cache-keys.ts';
import { siteRoutes, type PageKind, type SiteRoute } from './routes.ts';

/** The props of every edition-and-locale page: `type Props = RouteProps` in the route file. */
export interface RouteProps {
	route: SiteRoute;
}

/**
 * `getStaticPaths` for one kind of page: one entry per edition and locale (and chapter).
 * The edition home is a `[home]` route whose only value is `index`, because
 * `build.format: 'file'` would turn an `index.astro` into `base/en.html`, not `base/en/index.html`.
 */
export function staticPathsFor(kind: PageKind) {
	return siteRoutes(publication(), buildState().options.only)
		.filter((route) => route.kind === kind)
		.map((route: SiteRoute) => ({
			params: { edition: route.edition, locale: route.locale, ...(kind === 'chapter' ? { chapter: route.slug } : {}), ...(kind === 'home' ? { home: route.slug } : {}) },
			props: { route } satisfies RouteProps,
			// Astro's incremental build copies an unchanged page from its last build (astro.config.mjs).
			cacheKey: pageCacheKey(buildState(), route),
		}));
}
