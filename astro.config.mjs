// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { publicationIntegration } from './src/integrations/publication.ts';
import { fileURLToPath } from 'node:url';
import { isolatePracticeIdsPlugin } from './src/markdown/isolate-practice-ids.ts';
import { mediaImagesPlugin } from './src/markdown/media-images.ts';
import { chapterSectionsPlugin, termChapterPlugin } from './src/markdown/chapter-sections.ts';

export default defineConfig({
	// Relative links only: the site must work under any path and from file://.
	// Pages are files (`chapter.html`), never folders (`chapter/`), for the same reason.
	build: { format: 'file', inlineStylesheets: 'never' },
	trailingSlash: 'never',
	outDir: process.env.CET_OUT_DIR ?? './dist',
	devToolbar: { enabled: false },
	// Incremental builds: a page whose code and cache key (src/site/page-cache-keys.ts) are those of the
	// last build is copied from .cache/astro/ instead of rendered. Keep build.concurrency at 1: more turns it off.
	cacheDir: './.cache/astro',
	experimental: { incrementalBuild: true },
	markdown: {
		// `## Heading {#anchor}` gives each section a stable anchor that translations and editions keep.
		// Practice IDs in prose are isolated with <bdi> for right-to-left languages.
		// Images are never imported as modules: they become `cet-media:` placeholders that src/build/media.ts copies.
		// Each h2 section of an MDX body is a <Section>, which renders the edition's overlay (src/components/BodySection.astro).
		processor: satteri({
			features: { headingAttributes: true },
			mdastPlugins: [mediaImagesPlugin(fileURLToPath(new URL('.', import.meta.url))), termChapterPlugin, chapterSectionsPlugin],
			hastPlugins: [isolatePracticeIdsPlugin],
		}),
	},
	integrations: [mdx(), publicationIntegration()],
	vite: {
		build: {
			rollupOptions: {
				// Astro marks content modules with a "use astro:head-inject" directive that the
				// bundler warns about once per file; the directive is Astro's own and harmless.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
});
