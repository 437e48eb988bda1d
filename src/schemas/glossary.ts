import { z } from 'zod';

/** One glossary entry. */
export const glossaryTermSchema = z.strictObject({
	/** Stable kebab-case ID, the same in every language; the anchor on the glossary page. @example chain-of-custody */
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Write the term ID in kebab-case, for example chain-of-custody.' }),
	/** @example Chain of custody */
	term: z.string({ error: 'Write the term.' }).trim().min(1),
	/** One to three sentences. */
	definition: z.string({ error: 'Write the definition.' }).trim().min(1),
});

/** `content/glossary/<locale>.yaml`. */
export const glossarySchema = z.strictObject({
	terms: z.array(glossaryTermSchema).min(1),
});

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
export type Glossary = z.output<typeof glossarySchema>;
