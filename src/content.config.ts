/**
 * Astro's view of the content: the MDX bodies it renders. The same zod schemas
 * validate here and in `npm run check`; the check (run first by the content
 * integration) reports problems with file and line, so these never fail on their own.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter.ts';
import { pageSchema } from './schemas/page.ts';

/** Entry IDs are the path without extension (`en/critical-incident-protocol`), never the frontmatter slug, so each locale keeps its own entry. */
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

export const collections = {
	/** `content/chapters/<locale>/<slug>.mdx`, entry ID `<locale>/<slug>`. */
	chapters: defineCollection({
		loader: glob({ pattern: '*/*.mdx', base: './content/chapters', generateId: pathId }),
		schema: chapterSchema,
	}),
	/** `content/pages/<locale>/<name>.mdx`, entry ID `<locale>/<name>`. */
	pages: defineCollection({
		loader: glob({ pattern: '*/*.mdx', base: './content/pages', generateId: pathId }),
		schema: pageSchema,
	}),
};
