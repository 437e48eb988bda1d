import { z } from 'zod';

/**
 * The identifying fields of a chapter, read leniently. Cross-file rules
 * (unique codes, slugs and practice IDs) run on these even when the rest of
 * the chapter is invalid, so that one bad field never hides a clash elsewhere.
 */
export const chapterKeysSchema = z.object({
	slug: z.string().optional().catch(undefined),
	code: z.string().optional().catch(undefined),
	order: z.number().optional().catch(undefined),
	practices: z
		.array(z.object({ id: z.string().optional().catch(undefined) }).catch({ id: undefined }))
		.catch([])
		.default([]),
});

export type ChapterKeys = z.output<typeof chapterKeysSchema>;
