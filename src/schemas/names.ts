import { z } from 'zod';
import { languageTagSchema } from './language-tag.ts';

/**
 * The official name of an organisation in other languages, by locale.
 * @example { fr: Élections Canada }
 */
export const localizedNameSchema = z.record(languageTagSchema, z.string().trim().min(1, { error: 'This name is empty.' }), {
	error: 'Give the names by language, for example { fr: Élections Canada }.',
});

/**
 * `content/names.yaml`: the names that content gives in English (an
 * organisation of a contributor or translator, a contributor, a source's
 * publisher), each with its official name in other languages. A page shows
 * the name in its own language where one is given, else the English name
 * marked `lang="en"`.
 */
export const namesSchema = z.strictObject({
	/** @example { Elections Canada: { fr: Élections Canada } } */
	names: z.record(z.string().trim().min(1), localizedNameSchema),
});

export type Names = z.output<typeof namesSchema>;
