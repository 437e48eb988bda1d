/**
 * `npm run verify:site -- dist`: checks a built (or merged) site before it is
 * hosted, from its files alone.
 *
 * - Links: every relative `href`, `src`, `action` and `poster` of every HTML
 *   page resolves to a file of the site, and its `#fragment` to an `id` of the
 *   page it lands on. An address with a scheme (`https:`, `mailto:`) is left
 *   to the build's own checks; one that starts with `/` or `//`, or climbs out
 *   of the site, is refused.
 * - Sums: every line of `downloads/SHA256SUMS` names a file of `downloads/`
 *   whose SHA-256 it gives, and every download is listed.
 * - Manifest: every page and download `manifest.json` lists exists, and each
 *   download has the size and SHA-256 it says.
 *
 * Every problem names the file and says what is wrong; all of them are
 * reported, not only the first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PUBLIC_KEY_FILE, SIGNATURE_FILE } from '../downloads/signing-names.ts';
import { byteLength, DOWNLOADS_DIR, sha256, SUMS_FILE, sumsEntries } from '../exports/export-files.ts';
import { htmlFiles } from './link-guard.ts';
import { manifestFileSchema } from './manifest.ts';

export interface SiteProblem {
	/** The file that is wrong, from the site's root, with forward slashes. @example base/en/index.html */
	file: string;
	/** What is wrong. */
	message: string;
}

export interface SiteReport {
	pages: number;
	/** Relative links and sources checked. */
	links: number;
	/** Lines of downloads/SHA256SUMS checked. */
	sums: number;
	/** Pages and downloads of manifest.json checked. */
	manifestEntries: number;
	problems: SiteProblem[];
}

const MANIFEST = 'manifest.json';
const SUMS = `${DOWNLOADS_DIR}/${SUMS_FILE}`;
/** Attributes that name another file; `srcset`, `content` and inline styles are left out (the build writes none that point to a file). */
const REFERENCE = /\s(href|src|action|poster)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

const decodeEntities = (value: string) =>
	value
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();
const toPosix = (name: string) => name.split(path.sep).join('/');

/** A page without the text of its scripts (JSON data may hold anything), its tags kept. */
const withoutScriptText = (html: string) => html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');

function checkLinks(root: string, problems: SiteProblem[]): { pages: number; links: number } {
	const pages = htmlFiles(root).map((file) => toPosix(path.relative(root, file)));
	const ids = new Map<string, Set<string>>();
	const idsOf = (page: string) => {
		let found = ids.get(page);
		if (!found) ids.set(page, (found = new Set([...withoutScriptText(readFileSync(path.join(root, page), 'utf8')).matchAll(ID)].map((match) => decodeEntities(match[1]!)))));
		return found;
	};
	let links = 0;
	for (const page of pages) {
		for (const [, attribute, raw] of withoutScriptText(readFileSync(path.join(root, page), 'utf8')).matchAll(REFERENCE)) {
			const reference = decodeEntities(raw!);
			if (SCHEME.test(reference)) continue;
			links += 1;
			const wrong = (message: string) => problems.push({ file: page, message: `${attribute}="${reference}" ${message}` });
			if (reference.startsWith('//')) {
				wrong('leaves the site (an address that starts with // goes to another host).');
				continue;
			}
			if (reference.startsWith('/')) {
				wrong('starts with /, so it breaks when the site is hosted under a sub-path or opened from disk.');
				continue;
			}
			const hash = reference.indexOf('#');
			const address = (hash === -1 ? reference : reference.slice(0, hash)).replace(/\?.*$/, '');
			let target: string;
			let fragment: string;
			try {
				target = address ? path.posix.normalize(path.posix.join(path.posix.dirname(page), decodeURIComponent(address))) : page;
				fragment = hash === -1 ? '' : decodeURIComponent(reference.slice(hash + 1));
			} catch {
				wrong('is not a valid address (a % that starts no escape).');
				continue;
			}
			if (target === '..' || target.startsWith('../')) wrong('points outside the site.');
			else if (existsSync(path.join(root, target)) && statSync(path.join(root, target)).isDirectory())
				wrong(`points to the folder ${target.replace(/\/?$/, '/')}, which a page opened from disk cannot show: link to a file in it, such as its index.html.`);
			else if (!isFile(path.join(root, target))) wrong(`points to ${target}, which is not a file of the site.`);
			else if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) wrong(`points to #${fragment}, but ${target} has no element with that id.`);
		}
	}
	return { pages: pages.length, links };
}

function checkSums(root: string, problems: SiteProblem[]): number {
	const downloads = path.join(root, DOWNLOADS_DIR);
	if (!existsSync(downloads)) return 0;
	if (!isFile(path.join(root, SUMS))) {
		problems.push({ file: SUMS, message: 'is missing, so the downloads cannot be checked.' });
		return 0;
	}
	const entries = sumsEntries(readFileSync(path.join(root, SUMS), 'utf8'));
	const listed = new Set<string>();
	for (const entry of entries) {
		if ('malformed' in entry) {
			problems.push({ file: SUMS, message: `line ${entry.line} is not "<SHA-256>  <file>": ${JSON.stringify(entry.malformed)}.` });
			continue;
		}
		listed.add(entry.name);
		const file = `${DOWNLOADS_DIR}/${entry.name}`;
		if (!isFile(path.join(root, file))) {
			problems.push({ file: SUMS, message: `line ${entry.line} lists ${entry.name}, which is not in ${DOWNLOADS_DIR}/.` });
			continue;
		}
		const actual = sha256(readFileSync(path.join(root, file)));
		if (actual !== entry.sha256)
			problems.push({ file, message: `its SHA-256 is ${actual}, but ${SUMS} (line ${entry.line}) says ${entry.sha256}: the file was altered or damaged.` });
	}
	const unlisted = readdirSync(downloads, { recursive: true, encoding: 'utf8' })
		.map(toPosix)
		.filter((name) => ![SUMS_FILE, SIGNATURE_FILE, PUBLIC_KEY_FILE].includes(name) && isFile(path.join(downloads, name)) && !listed.has(name))
		.sort();
	for (const name of unlisted) problems.push({ file: `${DOWNLOADS_DIR}/${name}`, message: `is not listed in ${SUMS}.` });
	return entries.length;
}

function checkManifest(root: string, problems: SiteProblem[]): number {
	if (!isFile(path.join(root, MANIFEST))) {
		problems.push({ file: MANIFEST, message: 'is missing.' });
		return 0;
	}
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(path.join(root, MANIFEST), 'utf8'));
	} catch (error) {
		problems.push({ file: MANIFEST, message: `is not JSON: ${(error as Error).message}.` });
		return 0;
	}
	const parsed = manifestFileSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		problems.push({ file: MANIFEST, message: `is not a manifest the build writes: ${issue.path.join('.') || 'the file'}: ${issue.message}.` });
		return 0;
	}
	const { editions, downloads } = parsed.data;
	const pages = editions.flatMap((edition) => edition.locales.flatMap((locale) => locale.pages.map((page) => page.path)));
	for (const page of pages) if (!isFile(path.join(root, page))) problems.push({ file: MANIFEST, message: `lists the page ${page}, which does not exist.` });
	for (const download of downloads) {
		const file = path.join(root, download.path);
		if (!isFile(file)) {
			problems.push({ file: MANIFEST, message: `lists ${download.path}, which does not exist.` });
			continue;
		}
		const content = readFileSync(file);
		if (byteLength(content) !== download.bytes)
			problems.push({ file: download.path, message: `is ${byteLength(content)} bytes, but ${MANIFEST} says ${download.bytes}: the file was altered or damaged.` });
		else if (sha256(content) !== download.sha256)
			problems.push({ file: download.path, message: `its SHA-256 is ${sha256(content)}, but ${MANIFEST} says ${download.sha256}: the file was altered or damaged.` });
	}
	return pages.length + downloads.length;
}

/** Every check above on the site in `root`; `problems` is empty when the site may be hosted. */
export function verifySite(root: string): SiteReport {
	const problems: SiteProblem[] = [];
	const { pages, links } = checkLinks(root, problems);
	const sums = checkSums(root, problems);
	const manifestEntries = checkManifest(root, problems);
	// A page often names one address twice (a language link in the head and in the switcher): one problem each.
	const unique = [...new Map(problems.map((problem) => [`${problem.file}\n${problem.message}`, problem])).values()];
	return { pages, links, sums, manifestEntries, problems: unique };
}
