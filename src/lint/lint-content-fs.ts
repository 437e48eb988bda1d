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
import { lintMdx, lintProcessor, type LintProcessorOptions } from './lint-mdx.ts';

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

export function lintContent(root: string, publication: Publication | undefined, options: LintProcessorOptions = {}): Diagnostic[] {
	const context = lintContext(publication);
	const processor = lintProcessor(context, options);
	const files = contentMdxFiles(root).flatMap((absolute) => {
		const file = relative(root, absolute);
		return lintMdx(processor, file, normalizeText(readFileSync(absolute, 'utf8')), contentFileInfo(file, context.sourceLocale));
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
