import { z } from 'zod';

/**
 * The certification tiers, lowest first. Their names are fixed by the product;
 * their thresholds live in `content/template.yaml`.
 * @example gold
 */
export const tierIdSchema = z.enum(['silver', 'gold', 'platinum'], {
	error: (issue) => `Unknown tier ${JSON.stringify(issue.input)}. Use one of: silver, gold, platinum.`,
});

export type TierId = z.infer<typeof tierIdSchema>;
export const tierIds = tierIdSchema.options;
