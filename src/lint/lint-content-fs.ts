/**
 * `npm run lint:content`, the disk side: every MDX file of the content
 * (chapters, prose pages, editions' own chapters, in every locale), and
 * every section body an edition writes in its adaptations.yaml (the same
 * rules, on the text under its heading), linted against the loaded
 * publication.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Publication } from '../content/types.ts';
import { isLinked } from '../content/media-fs.ts';
import { localeFiles, relative } from '../content/read-content-fs.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { normalizeText } from '../utils/yaml-source.ts';
import { contentFileInfo } from './content-file.ts';
import { lintContext, type LintContext } from './lint-context.ts';
import { lintMdx, lintProcessor, type LintProcessor, type LintProcessorOptions } from './lint-mdx.ts';
import { digestOf, noResultCache, type ResultCache } from '../utils/result-cache-fs.ts';

/** Every MDX file under content/, as absolute paths, sorted; a symbolic link is left to `npm run check`, which refuses it, and never read. */
export function contentMdxFiles(root: string): string[] {
	const content = path.join(root, 'content');
	const editions = path.join(content, 'editions');
	const editionFolders = existsSync(editions)
		? readdirSync(editions, { withFileTypes: true })
				.filter((entry) => entry.isDirectory())
				.map((entry) => path.join(editions, entry.name, 'chapters'))
		: [];
	return [path.join(content, 'chapters'), path.join(content, 'pages'), ...editionFolders]
		.flatMap((dir) => localeFiles(dir, '.mdx').map(([, file]) => file))
		.filter((file) => !isLinked(root, file))
		.sort();
}

/** `cache` keeps each file's findings (src/utils/result-cache-fs.ts), keyed by its text and by the lint's view of the whole publication. */
export function lintContent(root: string, publication: Publication | undefined, options: LintProcessorOptions = {}, cache: ResultCache = noResultCache()): Diagnostic[] {
	const context = lintContext(publication);
	// Built on the first file that is not cached: a check that finds every file cached never builds it.
	let processor: LintProcessor | undefined;
	const scope = digestOf([context, options]);
	const files = contentMdxFiles(root).flatMap((absolute) => {
		const file = relative(root, absolute);
		const text = normalizeText(readFileSync(absolute, 'utf8'));
		const info = contentFileInfo(file, context.sourceLocale);
		return cache.get('lint', [scope, file, text, info], () => lintMdx((processor ??= lintProcessor(context, options)), file, text, info));
	});
	return [...files, ...lintSectionBodies(root, publication, context, options)];
}

/**
 * Each edition's section bodies, through the same processor as the chapters:
 * the text is linted under a heading like the one the page gives it, so that
 * heading levels, links to the section's own anchors and the rest are judged
 * as on the page. A finding is reported in adaptations.yaml, at the body's
 * own line when it is a literal block (`body: |`), else at the field.
 */
function lintSectionBodies(root: string, publication: Publication | undefined, context: LintContext, options: LintProcessorOptions): Diagnostic[] {
	return (publication?.editions ?? []).flatMap((edition) => {
		const { file, source, data } = edition.adaptations;
		// An edition with no adaptations.yaml yet has no sections (and no file to read).
		if (!data.sections.length) return [];
		const lines = normalizeText(readFileSync(path.join(root, file), 'utf8')).split('\n');
		// The edition's own practices are known IDs in its own text.
		const ids = [...data.added.map((practice) => practice.id), ...edition.chapters.flatMap((chapter) => chapter.data.practices.map((practice) => practice.id))];
		const processor = lintProcessor({ ...context, knownPracticeIds: new Set([...context.knownPracticeIds, ...ids]) }, { ...options, markdown: true });
		return data.sections.flatMap((section, index) =>
			Object.entries(section.body).flatMap(([locale, body]) => {
				const id = section.mode === 'replace' ? section.anchor : section.newAnchor;
				const heading = `## ${section.title[locale] ?? id} {#${id}}`;
				const at = source.locate(['sections', index, 'body', locale]);
				const block = /:\s*\|[-+]?\s*$/.test(lines[at.line - 1] ?? '');
				const indent = /^ */.exec(lines[at.line] ?? '')![0].length;
				const info = { kind: 'section' as const, locale, name: section.chapter, source: true, edition: edition.manifest.data.code };
				return lintMdx(processor, file, `${heading}\n\n${body.trimEnd()}\n`, info).map((found) => ({
					...found,
					// Line 1 is the heading the page gives it, line 2 blank; the body's first line is the block's first.
					...(block && found.line > 2 ? { line: at.line + found.line - 2, column: found.column + indent } : { line: at.line, column: at.column }),
					message: `In the ${locale} text of the section {#${id}}: ${found.message}`,
				}));
			}),
		);
	});
}
