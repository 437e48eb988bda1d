import { z } from 'zod';

/** Whether a text is a well-formed BCP 47 language tag (as Intl reads one) with a two- or three-letter language (`english` is not one). @example fr-CA */
export function isLanguageTag(tag: string): boolean {
	if (!/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag)) return false;
	try {
		return Intl.getCanonicalLocales(tag).length === 1;
	} catch {
		return false;
	}
}

/** The language a text is written in, as a BCP 47 tag. @example en */
export const languageTagSchema = z.string().refine(isLanguageTag, { error: 'Give the language as a BCP 47 tag such as en, fr or pt-BR.' });
