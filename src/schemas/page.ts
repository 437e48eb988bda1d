import { z } from 'zod';

/** Frontmatter of a prose page such as `content/pages/<locale>/introduction.mdx`. */
export const pageSchema = z.strictObject({
	/** @example Introduction */
	title: z.string({ error: 'Give the page a title.' }).trim().min(1),
	/** One sentence shown under the title and in the page description. */
	summary: z.string({ error: 'Give the page a summary.' }).trim().min(1),
});

export type Page = z.output<typeof pageSchema>;
