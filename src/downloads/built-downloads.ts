/**
 * The downloads made from the built pages, after Astro: the PDFs and the
 * offline bundles. The downloads page cannot know their sizes and hashes when
 * it renders, so it renders their rows with placeholders marked by file name,
 * and `fillDownloadRows` writes the figures in once the files exist (or drops
 * the row of a file that was not made). A bundle carries its downloads page
 * as it was before its own row was filled: a file cannot list its own hash.
 */
import { escapeMarkup } from '../utils/escape-markup.ts';
import { sha256 } from '../exports/export-files.ts';

export const ROW_ATTRIBUTE = 'data-download-row';
export const SIZE_ATTRIBUTE = 'data-download-size';
export const HASH_ATTRIBUTE = 'data-download-sha256';

export interface BuiltFigures {
	size: string;
	sha256: string;
}

/** The page with the rows of `name` filled in, or removed when `figures` is undefined. */
export function fillDownloadRows(html: string, name: string, figures: BuiltFigures | undefined): string {
	const quoted = escapeMarkup(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	if (!figures) return html.replace(new RegExp(`<tr\\b[^>]*${ROW_ATTRIBUTE}="${quoted}"[^>]*>[\\s\\S]*?</tr>`, 'g'), '');
	return html
		.replace(new RegExp(`(<[a-z]+\\b[^>]*${SIZE_ATTRIBUTE}="${quoted}"[^>]*>)[^<]*`, 'g'), (_, open: string) => `${open}${escapeMarkup(figures.size)}`)
		.replace(new RegExp(`(<[a-z]+\\b[^>]*${HASH_ATTRIBUTE}="${quoted}"[^>]*>)[^<]*`, 'g'), (_, open: string) => `${open}${figures.sha256}`);
}

export function figuresOf(content: Uint8Array, size: (bytes: number) => string): BuiltFigures {
	return { size: size(content.byteLength), sha256: sha256(content) };
}
