import { z } from 'zod';
import { localizedTextSchema } from './localized-text.ts';

/** A term ID: what base text writes as `<Term id="emb" />`. @example emb */
export const termIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'Write the term ID in kebab-case, for example electoral-law.' });

/** `content/terms.yaml`: the named placeholders of base text, with neutral values per locale. */
export const termsSchema = z.strictObject({
	terms: z.record(
		termIdSchema,
		z.strictObject({
			/** What the term stands for, for editors. */
			description: z.string().trim().min(1),
			/** The neutral value in each locale of the template. */
			default: localizedTextSchema,
			/**
			 * Real names of this institution in particular countries. A requirement
			 * must not write them, but the term; `npm run lint:content` finds them.
			 * @example [Elections Canada, Electoral Commission]
			 */
			names: z.array(z.string().trim().min(1)).default([]),
		}),
	),
});

export type Terms = z.output<typeof termsSchema>;
