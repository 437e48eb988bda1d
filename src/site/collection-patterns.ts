/**
 * Which MDX files Astro's content collections load (src/content.config.ts).
 * A whole build loads them all. A part (`npm run build -- --locale fr`, or
 * `--edition ca`) loads only the bodies it can render: the chapters and
 * pages of its locales and of the source locale (a page whose translation
 * has no body of its own shows the source's), and the own chapters of its
 * editions in those locales. Astro compiles every file it loads into the
 * render bundle, so at scale this is most of a part's memory and setup.
 */
import type { BuildSelection } from '../schemas/build-options.ts';

export interface CollectionPatterns {
	/** Under content/chapters/ and content/pages/: `<locale>/*.mdx`. */
	localeFiles: string[];
	/** Under content/editions/: `<code>/chapters/<locale>/*.mdx`. */
	editionChapters: string[];
}

export function collectionPatterns(only: BuildSelection | undefined, sourceLocale: string | undefined): CollectionPatterns {
	const locales = only?.locales && sourceLocale ? [...new Set([sourceLocale, ...only.locales])] : undefined;
	const localeFiles = locales ? locales.map((locale) => `${locale}/*.mdx`) : ['*/*.mdx'];
	const editions = only?.editions ?? ['*'];
	return { localeFiles, editionChapters: editions.flatMap((edition) => (locales ?? ['*']).map((locale) => `${edition}/chapters/${locale}/*.mdx`)) };
}
