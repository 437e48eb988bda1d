/**
 * `downloads/<edition>-<locale>.zip`: one edition in one language as a
 * self-contained site, to serve from any folder or to open from disk. It holds
 * the edition's pages in that language, the shared assets, the offline search
 * index (a classic script, which works from file:// and over http alike; the
 * Pagefind index, which needs fetch and would repeat the records, is left
 * out and the search page told so), and that
 * language's exports with their own SHA256SUMS. A link to anything not in the
 * bundle (other languages, the other downloads) loses its `href`, so nothing
 * in the bundle points at a missing file or off the disk.
 *
 * Reproducible: entries in sorted order, one fixed timestamp, one fixed
 * deflate level; the same `dist/` gives the same bytes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { deflateSync, Zip, type ZipInputFile } from 'fflate';
import { DOWNLOADS_DIR, EXPORT_SCHEMA_PATH, SUMS_FILE, sumsFile, type DownloadFile } from '../exports/export-files.ts';
import { escapeMarkup } from '../utils/escape-markup.ts';
import { stemmerScript } from '../search/stemmer-languages.ts';
import { PAGEFIND_DIR } from '../search/search-files.ts';
import { SEARCH_CONFIG_ID, type SearchConfig } from '../search/client/search-config.ts';
import { scriptJson } from '../utils/script-json.ts';
import { contentSecurityPolicy } from '../site/content-security-policy.ts';

/** 1980-01-01 00:00, the earliest time a zip can hold, built from local fields so every time zone writes the same bytes. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);
/** Deflate level 6 (fflate's default): against level 9, measured on the six bundles, about a tenth less time for 0.15% more bytes. */
export const DEFLATE_LEVEL = 6;

function filesUnder(outDir: string, folder: string): string[] {
	const absolute = path.join(outDir, folder);
	return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
		.filter((name) => statSync(path.join(absolute, name)).isFile())
		.map((name) => path.posix.join(folder, name.split(path.sep).join('/')));
}

const LINK_ELEMENT = /<link\b[^>]*>/g;
const REFERENCE = /\s(href|src)="([^"]*)"/g;

/** Whether a relative reference from `from` (bundle path) lands on a bundled file; fragments and queries ignored. */
function resolves(from: string, reference: string, bundled: ReadonlySet<string>): boolean {
	if (reference.startsWith('#')) return true;
	if (/^[a-z][a-z0-9+.-]*:/i.test(reference)) return true; // mailto:, https: (off-site links are caught elsewhere)
	const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), reference.replace(/[?#].*$/, '')));
	return bundled.has(target);
}

/** The page as it is in the bundle: alternate links to missing pages dropped, other missing links unlinked. */
export function bundledHtml(html: string, from: string, bundled: ReadonlySet<string>): string {
	return html
		.replace(LINK_ELEMENT, (element) => {
			const href = /\shref="([^"]*)"/.exec(element)?.[1];
			return href !== undefined && !resolves(from, href, bundled) ? '' : element;
		})
		.replace(REFERENCE, (attribute, name: string, reference: string) => (resolves(from, reference, bundled) ? attribute : name === 'href' ? '' : attribute));
}

const SEARCH_CONFIG = new RegExp(`(<script type="application/json" id="${SEARCH_CONFIG_ID}">)([^<]*)(</script>)`);

/** The search page as it is in a bundle: its config names no Pagefind script, so it searches the offline index. Other pages are unchanged. */
export function bundledSearchConfig(html: string): string {
	return html.replace(SEARCH_CONFIG, (_, open: string, json: string, close: string) => {
		const config = JSON.parse(json) as SearchConfig;
		delete config.pagefind;
		return `${open}${scriptJson(config)}${close}`;
	});
}

/** The bundle's own first page: it sends the reader to the edition's home in its language. */
export function bundleIndex(edition: string, locale: string, dir: string, title: string): string {
	const home = `${edition}/${locale}/index.html`;
	return `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url=${home}">
<title>${escapeMarkup(title)}</title>
<link rel="stylesheet" href="assets/site.css">
</head>
<body>
<main class="page"><p><a href="${home}">${escapeMarkup(title)}</a></p></main>
</body>
</html>
`;
}

export interface BundleInput {
	outDir: string;
	edition: string;
	locale: string;
	dir: 'ltr' | 'rtl';
	/** The edition's title in this language, for the bundle's first page. */
	title: string;
	/** This edition and language's exports (the JSON Schema is added). */
	exports: DownloadFile[];
}

/** The bundle's files, by path inside the bundle folder, in sorted order. */
export function bundleFiles(input: BundleInput): Map<string, Uint8Array> {
	const { outDir, edition, locale, exports } = input;
	// Shared assets, less the other languages' stemmers.
	const assets = filesUnder(outDir, 'assets').filter((name) => !/\/stemmer-/.test(name) || name === stemmerScript(locale));
	const pagefind = `${edition}/${locale}/${PAGEFIND_DIR}/`;
	const site = [...assets, ...filesUnder(outDir, `${edition}/${locale}`).filter((name) => !name.startsWith(pagefind))];
	const downloads = exports.map((file) => ({ path: file.path, content: file.content }));
	const schema = { path: EXPORT_SCHEMA_PATH, content: readFileSync(path.join(outDir, EXPORT_SCHEMA_PATH), 'utf8') };
	const sums = { path: `${DOWNLOADS_DIR}/${SUMS_FILE}`, content: sumsFile(downloads) };
	const bundled = new Set(['index.html', ...site, ...[...downloads, schema, sums].map((file) => file.path)]);
	const files = new Map<string, Uint8Array>();
	const encoder = new TextEncoder();
	files.set('index.html', encoder.encode(bundleIndex(edition, locale, input.dir, input.title)));
	for (const name of site) {
		const bytes = readFileSync(path.join(outDir, name));
		files.set(name, name.endsWith('.html') ? encoder.encode(bundledSearchConfig(bundledHtml(bytes.toString('utf8'), name, bundled))) : bytes);
	}
	for (const file of [...downloads, schema, sums]) files.set(file.path, typeof file.content === 'string' ? encoder.encode(file.content) : file.content);
	return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A file's bytes deflated at DEFLATE_LEVEL (raw deflate, as a zip holds it). */
export type Deflater = (bytes: Uint8Array) => Uint8Array;
export const deflateBundleFile: Deflater = (bytes) => deflateSync(bytes, { level: DEFLATE_LEVEL });

/**
 * The bundle as a zip: every file under `folder/`, in the map's order, deflated
 * by `deflate` (the build passes one that reuses what an earlier build deflated,
 * src/build/deflate-cache.ts). Each entry is handed to fflate's zip writer
 * already deflated, with its CRC-32 and size.
 */
export function zipBundle(folder: string, files: Map<string, Uint8Array>, deflate: Deflater = deflateBundleFile): Uint8Array {
	const chunks: Uint8Array[] = [];
	let failure: Error | null = null;
	const zip = new Zip((error, chunk) => {
		if (error) failure = error;
		else chunks.push(chunk);
	});
	for (const [name, bytes] of files) {
		const entry: ZipInputFile = { filename: `${folder}/${name}`, size: bytes.length, crc: crc32(bytes), compression: 8, mtime: FIXED_TIME };
		zip.add(entry);
		entry.ondata!(null, deflate(bytes) as Uint8Array<ArrayBuffer>, true);
	}
	zip.end();
	if (failure) throw failure;
	const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}
