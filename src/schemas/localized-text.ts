import { z } from 'zod';

/**
 * Text given once per locale, keyed by BCP 47 tag. Which locales are
 * required is checked against the edition or template that uses it.
 * @example { "en": "Elections Canada", "fr": "Élections Canada" }
 */
export const localizedTextSchema = z.record(
	z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: 'Key each text by a language tag such as en or fr.' }),
	z.string().trim().min(1, { error: 'This text is empty.' }),
	{ error: 'Give this text once per language, for example { en: …, fr: … }.' },
);

export type LocalizedText = z.output<typeof localizedTextSchema>;
