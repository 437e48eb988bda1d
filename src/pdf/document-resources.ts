/**
 * Every file a print document loads when Chromium prints it: the stylesheets,
 * icons, images and scripts its HTML names, and what those stylesheets name in
 * turn (`@import`, `url()`: the print fonts, background images). The PDF
 * cache (src/pdf/pdf-cache-key.ts) hashes them with the document, so that a
 * changed stylesheet, font or image prints the PDF again. Links (`<a href>`)
 * are not loaded, so they are not resources: the PDF step rewrites them.
 *
 * Pure: the caller hands in how to read a file of the output folder.
 */

export interface DocumentResource {
	/** Relative to the output folder, with `/`, for a file in it; otherwise the URL as written, resolved. @example assets/site.css */
	path: string;
	/** The file's bytes; undefined when it is missing or outside the output folder (Chromium loads nothing there either). */
	bytes: Uint8Array | undefined;
}

/** Reads a file of the output folder by its relative path; undefined when there is none. */
export type ReadOutputFile = (relativePath: string) => Uint8Array | undefined;

const BASE = 'file:///output/';

/** Attributes that make Chromium load something: the tag, the attribute. `<a>` is a link, not a load. */
const LOADING_ATTRIBUTES: ReadonlyArray<readonly [RegExp, RegExp]> = [
	[/^link$/i, /^href$/i],
	[/^(?:img|script|iframe|embed|input|track|audio|video|source)$/i, /^src$/i],
	[/^(?:img|source)$/i, /^srcset$/i],
	[/^video$/i, /^poster$/i],
	[/^object$/i, /^data$/i],
	[/^(?:image|use|feimage)$/i, /^(?:href|xlink:href)$/i],
];

function decodeEntities(value: string): string {
	return value
		.replace(/&(?:amp|#38|#x26);/gi, '&')
		.replace(/&(?:quot|#34|#x22);/gi, '"')
		.replace(/&(?:apos|#39|#x27);/gi, "'");
}

/** The URLs an HTML document loads, as written (entities decoded), in document order; `<style>` blocks and style attributes included. */
export function htmlReferences(html: string): string[] {
	const found: string[] = [];
	const code = html.replace(/<!--[\s\S]*?-->/g, '');
	for (const tag of code.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g)) {
		const name = tag[1]!;
		for (const attribute of tag[2]!.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
			const value = decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
			if (/^style$/i.test(attribute[1]!)) found.push(...cssReferences(value));
			else if (LOADING_ATTRIBUTES.some(([tagName, attributeName]) => tagName.test(name) && attributeName.test(attribute[1]!)) && value.trim()) {
				if (/srcset$/i.test(attribute[1]!))
					found.push(
						...value
							.split(',')
							.map((candidate) => candidate.trim().split(/\s+/)[0]!)
							.filter(Boolean),
					);
				else found.push(value.trim());
			}
		}
	}
	for (const style of code.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) found.push(...cssReferences(style[1]!));
	return found;
}

/** The URLs a stylesheet loads: `@import` and `url()`, comments left out. */
export function cssReferences(css: string): string[] {
	const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
	const found: string[] = [];
	for (const match of code.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')|url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/gi)) {
		const url = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '').trim();
		if (url) found.push(url);
	}
	return found;
}

/** The output-relative path of `reference` as seen from `from` (itself output-relative), or the resolved URL when it is not a file of the output folder; undefined for what loads nothing from anywhere (`data:`, a fragment). */
export function resolveReference(from: string, reference: string): string | undefined {
	if (/^(?:data|about|javascript):/i.test(reference) || reference.startsWith('#')) return undefined;
	let url: URL;
	try {
		url = new URL(reference, new URL(from, BASE));
	} catch {
		return reference;
	}
	if (url.protocol !== 'file:' || !url.href.startsWith(BASE)) return url.href;
	return decodeURIComponent(url.pathname.slice(new URL(BASE).pathname.length));
}

/** Every resource the document at `documentPath` loads, each once, sorted by path; stylesheets are followed to what they load. */
export function documentResources(documentPath: string, read: ReadOutputFile): DocumentResource[] {
	const html = read(documentPath);
	const resources = new Map<string, DocumentResource>();
	const pending = (html ? htmlReferences(Buffer.from(html).toString('utf8')) : []).map((reference) => resolveReference(documentPath, reference));
	while (pending.length) {
		const next = pending.shift();
		if (next === undefined || resources.has(next) || next === documentPath) continue;
		const inOutput = !/^[a-z][a-z0-9+.-]*:/i.test(next);
		const bytes = inOutput ? read(next) : undefined;
		resources.set(next, { path: next, bytes });
		if (bytes && /\.css$/i.test(next)) pending.push(...cssReferences(Buffer.from(bytes).toString('utf8')).map((reference) => resolveReference(next, reference)));
	}
	return [...resources.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
