// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { publicationIntegration } from './src/integrations/publication.ts';

export default defineConfig({
	// Relative links only: the site must work under any path and from file://.
	// Pages are files (`chapter.html`), never folders (`chapter/`), for the same reason.
	build: { format: 'file', inlineStylesheets: 'never' },
	trailingSlash: 'never',
	outDir: process.env.CET_OUT_DIR ?? './dist',
	devToolbar: { enabled: false },
	markdown: {
		// `## Heading {#anchor}` gives each section a stable anchor that translations and editions keep.
		processor: satteri({ features: { headingAttributes: true } }),
	},
	integrations: [mdx(), publicationIntegration()],
});
