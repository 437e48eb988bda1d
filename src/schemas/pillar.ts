import { z } from 'zod';

/**
 * The five pillars that group chapters on the home page.
 * Labels are UI strings in `locales/<lang>/reading.json` under `pillar.<id>`.
 * @example respond
 */
export const pillarIdSchema = z.enum(['govern', 'protect', 'inform', 'respond', 'transparency'], {
	error: (issue) => `Unknown pillar ${JSON.stringify(issue.input)}. Use one of: govern, protect, inform, respond, transparency.`,
});

export type PillarId = z.infer<typeof pillarIdSchema>;
export const pillarIds = pillarIdSchema.options;
