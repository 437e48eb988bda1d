/**
 * `npm run lint:content`, the disk side: every MDX file of the content
 * (chapters, prose pages, editions' own chapters, in every locale), linted
 * against the loaded publication.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Publication } from '../content/types.ts';
import { isLinked } from '../content/media-fs.ts';
import { localeFiles, relative } from '../content/read-content-fs.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { normalizeText } from '../utils/yaml-source.ts';
import { contentFileInfo } from './content-file.ts';
import { lintContext } from './lint-context.ts';
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
	return contentMdxFiles(root).flatMap((absolute) => {
		const file = relative(root, absolute);
		return lintMdx(processor, file, normalizeText(readFileSync(absolute, 'utf8')), contentFileInfo(file, context.sourceLocale));
	});
}
