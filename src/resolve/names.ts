/**
 * Names as a reader sees them: an organisation, a contributor or a publisher
 * in the reader's language where content/names.yaml gives its official name
 * there, else as written, in the language it is written in. The page marks a
 * name with `lang` when that language is not the page's. Pure.
 */
import type { Publication } from '../content/types.ts';

/** A text and the language it is in. */
export interface LangText {
	text: string;
	/** BCP 47. @example en */
	lang: string;
}

/**
 * @param written the name as content gives it
 * @param writtenIn the language it is written in
 */
export function localName(publication: Pick<Publication, 'names'>, written: string, locale: string, writtenIn: string): LangText {
	const local = writtenIn === locale ? undefined : publication.names?.data.names[written]?.[locale];
	return local ? { text: local, lang: locale } : { text: written, lang: writtenIn };
}

/** Whether a text in `lang` needs its own `lang` attribute on a page in `pageLang`. */
export function needsLang(lang: string, pageLang: string): boolean {
	return lang.toLowerCase() !== pageLang.toLowerCase();
}
