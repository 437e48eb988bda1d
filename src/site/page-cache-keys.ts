/**
 * The key under which Astro's incremental build (`experimental.incrementalBuild`)
 * keeps each page. A page whose key and code are unchanged since the last
 * build is copied from Astro's cache instead of being rendered again, so a key
 * must change whenever anything the page shows could change. Astro hashes the
 * page's code and the MDX it renders; the key adds the data:
 *
 * - every page: the build options that reach pages (the parts built, PDFs on or
 *   off, the signing fingerprint) and every input file (src/content/input-hashes-fs.ts)
 *   of its locale, of the source locale (the text a translation falls back to)
 *   and of no locale (the template, terms, editions, the kit's code);
 * - a chapter page leaves out the other chapters' files, and takes instead what
 *   it shows of them (their place in the list, title, summary, pillar and
 *   translation state), so that changing one chapter renders that chapter's
 *   pages and the pages that list every chapter, not every chapter page;
 * - pages that show every locale (the translation status, the downloads) take
 *   every file.
 *
 * A file whose place names no chapter or locale counts for every page: when in
 * doubt, a page is rendered again. tests/unit/incremental-build.test.ts checks
 * that an incremental build gives the same bytes as a cold one.
 */
import { createHash } from 'node:crypto';
import { editionChapters } from '../resolve/edition-view.ts';
import type { BuildState } from './publication.ts';
import type { PageKind, SiteRoute } from './routes.ts';

/** The pages that show something of every locale. */
const EVERY_LOCALE: readonly CachedPage['kind'][] = ['translation-status', 'downloads'];

const sha256 = (parts: readonly string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex');

/** Where a file of one locale sits; every other file counts for every locale. */
const LOCALE_FILES = [/^content\/(?:editions\/[^/]+\/)?(?:chapters|pages)\/([^/]+)\//, /^content\/glossary\/([^/]+)\.yaml$/, /^locales\/([^/]+)\//];

/** The locale a file belongs to, or undefined for the files of every locale. */
export function fileLocale(file: string, locales: readonly string[]): string | undefined {
	const code = LOCALE_FILES.map((pattern) => pattern.exec(file)?.[1]).find(Boolean);
	return code && locales.includes(code) ? code : undefined;
}

/** The chapter a file holds, when it is a chapter's MDX in one locale: `content/chapters/<locale>/<slug>.mdx`, or an edition's own. */
export function fileChapter(file: string, slugs: ReadonlySet<string>): string | undefined {
	const match = /^content\/(?:editions\/[^/]+\/)?chapters\/[^/]+\/([^/]+)\.mdx$/.exec(file);
	return match && slugs.has(match[1]!) ? match[1] : undefined;
}

function optionsOf(state: BuildState): string {
	return JSON.stringify({ only: state.options.only, pdf: state.options.pdf, fingerprint: state.signingFingerprint ?? null });
}

/** The input files of one edition and locale, hashed once per build: all of them, those that are no chapter's, and each chapter's. */
interface ScopeDigests {
	all: string;
	shared: string;
	chapters: Map<string, string>;
	/** What a chapter page shows of the other chapters (empty for the files of every locale). */
	chapterList: string;
}

const digests = new WeakMap<BuildState, Map<string, ScopeDigests>>();

/** `locale` undefined: the files of every locale. */
function scopeDigests(state: BuildState, edition: string, locale: string | undefined): ScopeDigests {
	let cache = digests.get(state);
	if (!cache) digests.set(state, (cache = new Map()));
	const id = `${edition}/${locale ?? '*'}`;
	const cached = cache.get(id);
	if (cached) return cached;
	const template = state.publication.template;
	const locales = template.locales.map((candidate) => candidate.code);
	const slugs = new Set(editionChapters(state.publication, edition, locale ?? template.sourceLocale).map((chapter) => chapter.data.slug));
	const all: string[] = [];
	const shared: string[] = [];
	const chapters = new Map<string, string[]>();
	for (const [file, hash] of Object.entries(state.inputs)) {
		const of = fileLocale(file, locales);
		if (locale !== undefined && of !== undefined && of !== locale && of !== template.sourceLocale) continue;
		const line = `${file} ${hash}`;
		all.push(line);
		const slug = fileChapter(file, slugs);
		if (slug === undefined) shared.push(line);
		else chapters.set(slug, [...(chapters.get(slug) ?? []), line]);
	}
	const found = {
		all: sha256(all),
		shared: sha256(shared),
		chapters: new Map([...chapters].map(([slug, lines]) => [slug, sha256(lines)])),
		chapterList: locale === undefined ? '' : chapterList(state, edition, locale),
	};
	cache.set(id, found);
	return found;
}

/** What a chapter page shows of every chapter of its edition and locale. */
function chapterList(state: BuildState, edition: string, locale: string): string {
	return JSON.stringify(
		editionChapters(state.publication, edition, locale).map(({ data, state: translation, contentLocale, own }) => [
			data.slug,
			data.code,
			data.order,
			data.title,
			data.summary,
			data.pillar,
			translation,
			contentLocale,
			own,
		]),
	);
}

/** A page of the site, or the print document of an edition and locale (kind `print`, which the PDF is printed from). */
export type CachedPage = Pick<SiteRoute, 'edition' | 'locale' | 'slug'> & { kind: PageKind | 'print' };

export function pageCacheKey(state: BuildState, route: CachedPage): string {
	const page = [route.kind, route.edition, route.locale, route.slug, optionsOf(state)];
	const scope = scopeDigests(state, route.edition, EVERY_LOCALE.includes(route.kind) ? undefined : route.locale);
	if (route.kind !== 'chapter') return sha256([...page, scope.all]);
	return sha256([...page, scope.shared, scopeDigests(state, route.edition, route.locale).chapterList, scope.chapters.get(route.slug) ?? '']);
}
