/**
 * The print documents: one page per edition and language under `print/`,
 * made only to be printed to PDF, then removed from `dist/`.
 */
export const PRINT_DIR = 'print';

/** The attribute of a table-of-contents entry's page number; its value is the ID of the element it counts to. */
export const TOC_PAGE_ATTRIBUTE = 'data-toc-page';

/** @example base-en */
export function printDocumentName(edition: string, locale: string): string {
	return `${edition}-${locale}`;
}

export function pdfName(edition: string, locale: string): string {
	return `${edition}-${locale}.pdf`;
}
