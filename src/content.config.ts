/**
 * Astro's view of the content: only the MDX bodies it renders. The frontmatter
 * is validated (with file and line) and merged across locales by our own
 * loader, `src/content/load-publication-fs.ts`, which the content integration runs
 * before Astro starts; so these collections carry no schema of their own.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { registeredBuildState } from './integrations/build-state-module.ts';
import { collectionPatterns } from './site/collection-patterns.ts';

/** Entry IDs are the path without extension (`fr/critical-incident-protocol`), never a frontmatter slug, so each locale keeps its own entry. */
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

/** A part of the publication loads only the files it renders (src/site/collection-patterns.ts). */
const state = registeredBuildState();
const patterns = collectionPatterns(state?.options.only, state?.publication.template.sourceLocale);

export const collections = {
	/** `content/chapters/<locale>/<slug>.mdx`. */
	chapters: defineCollection({ loader: glob({ pattern: patterns.localeFiles, base: './content/chapters', generateId: pathId }) }),
	/** An edition's own chapters, `content/editions/<code>/chapters/<locale>/<slug>.mdx`, entry ID `<code>/chapters/<locale>/<slug>`. */
	editionChapters: defineCollection({ loader: glob({ pattern: patterns.editionChapters, base: './content/editions', generateId: pathId }) }),
	/** `content/pages/<locale>/<name>.mdx`. */
	pages: defineCollection({ loader: glob({ pattern: patterns.localeFiles, base: './content/pages', generateId: pathId }) }),
};
