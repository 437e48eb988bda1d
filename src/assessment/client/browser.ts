/**
 * Browser helpers shared by the self-assessment and observer scripts. These
 * run as classic scripts (a page opened from file:// blocks module scripts
 * and fetch), so they read their data from the page and write files through
 * a download link, never through the network.
 */

/** The JSON a page embeds for its script. */
export function pageData<T>(id: string): T {
	return JSON.parse(document.getElementById(id)!.textContent!) as T;
}

/** `{{name}}` placeholders, as in the i18next strings the page was given. */
export function format(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Left-to-right text (practice IDs) isolated inside a sentence, so that it keeps its order in Arabic: FSI … PDI. */
export const isolate = (text: string) => `\u2068${text}\u2069`;

/** Numbers in the reader's language, with Western digits as the translations use them. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
	return new Intl.NumberFormat(`${locale}-u-nu-latn`, { maximumFractionDigits: 2, ...options });
}

/** localStorage can be switched off or full; the tools then work for this visit only and say so. */
export function readStore(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

export function writeStore(key: string, value: string | undefined): boolean {
	try {
		if (value === undefined) localStorage.removeItem(key);
		else localStorage.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}

/** Save a file the reader chose to export. */
export function download(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** An element with text, for the few parts the scripts build. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

/** The date part of an ISO timestamp, for file names. */
export const today = () => new Date().toISOString().slice(0, 10);
