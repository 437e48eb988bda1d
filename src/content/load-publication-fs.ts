/**
 * Reads every content file under `content/`, validates each against its schema
 * and then across files, and returns the parsed publication with every
 * diagnostic found. Nothing stops at the first error.
 *
 * Source-locale files hold the structure and the source text; files in other
 * locales are translations that hold only words (see docs/translating.md).
 * This is the disk side; the readers are `read-*-fs.ts`, the schema checks
 * `validate-schema.ts`, and the cross-file rules `validate-*.ts`; the model's
 * types are in `types.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { chapterSchema } from '../schemas/chapter.ts';
import { chapterKeysSchema } from '../schemas/chapter-keys.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { pageSchema } from '../schemas/page.ts';
import { templateMetaSchema } from '../schemas/template.ts';
import { chapterTranslationSchema, glossaryTranslationSchema, pageTranslationSchema } from '../schemas/translation.ts';
import { parseYamlSource } from '../utils/yaml-source.ts';
import { localeFiles, readGlossaries, readMdx, relative } from './read-content-fs.ts';
import { noResultCache, type ResultCache } from '../utils/result-cache-fs.ts';
import { refuseLinked } from './media-fs.ts';
import { loadEditions, loadNames, loadTerms } from './read-editions-fs.ts';
import { validateNames } from './validate-names.ts';
import type { ChapterKeysDocument, LoadResult, ReadFile, Translations } from './types.ts';
import { validateEditions } from './validate-editions.ts';
import { validateTermUses, validateTerms } from './validate-terms.ts';
import { validatePublication } from './validate-publication.ts';
import { all, typed, validate } from './validate-schema.ts';
import { validateTranslations } from './validate-translations.ts';

/** `cache` keeps what the MDX gate and the YAML reader found in each file (src/utils/result-cache-fs.ts); by default nothing is kept. */
export function loadContent(root: string, cache: ResultCache = noResultCache()): LoadResult {
	const diagnostics: Diagnostic[] = [];
	const contentDir = path.join(root, 'content');
	const templateFile = path.join(contentDir, 'template.yaml');
	if (!existsSync(templateFile)) {
		diagnostics.push(diagnostic('MissingFile', 'content/template.yaml', undefined, 'content/template.yaml'));
		return { publication: undefined, diagnostics };
	}
	if (refuseLinked(root, templateFile, diagnostics)) return { publication: undefined, diagnostics };
	const templateSource = parseYamlSource(relative(root, templateFile), readFileSync(templateFile, 'utf8'));
	diagnostics.push(...templateSource.diagnostics);
	const template = validate(templateMetaSchema, templateSource, diagnostics);
	const sourceLocale = template?.sourceLocale ?? 'en';
	const isSource = (read: ReadFile) => read.locale === sourceLocale;

	const chapterFiles = localeFiles(path.join(contentDir, 'chapters'), '.mdx', { root, diagnostics }).flatMap(([locale, file]) => readMdx(root, locale, file, diagnostics, cache) ?? []);
	const pageFiles = localeFiles(path.join(contentDir, 'pages'), '.mdx', { root, diagnostics }).flatMap(([locale, file]) => readMdx(root, locale, file, diagnostics, cache) ?? []);
	const glossaryFiles = readGlossaries(root, path.join(contentDir, 'glossary'), diagnostics);

	const chapters = all(chapterFiles.filter(isSource), chapterSchema, diagnostics);
	const pages = all(pageFiles.filter(isSource), pageSchema, diagnostics);
	const glossary = glossaryFiles.filter(isSource).map((read) => typed(read, glossarySchema, diagnostics))[0];
	const translations: Translations = {
		chapters: all(chapterFiles.filter((read) => !isSource(read)), chapterTranslationSchema, diagnostics),
		pages: all(pageFiles.filter((read) => !isSource(read)), pageTranslationSchema, diagnostics),
		glossaries: all(glossaryFiles.filter((read) => !isSource(read)), glossaryTranslationSchema, diagnostics),
	};

	const sourceFilesOnDisk = new Set(
		['chapters', 'pages'].flatMap((kind) =>
			localeFiles(path.join(contentDir, kind), '.mdx')
				.filter(([locale]) => locale === sourceLocale)
				.map(([, file]) => relative(root, file)),
		),
	);
	const chapterKeys: ChapterKeysDocument[] = chapterFiles
		.filter((read) => isSource(read) && read.source.value !== undefined)
		.map((read) => ({ ...read, keys: chapterKeysSchema.parse(read.source.value ?? {}) }));
	const folderLocales = [...new Set([...chapterFiles, ...pageFiles, ...glossaryFiles].map((read) => read.locale))].sort();
	const locales = template ? template.locales.map((locale) => locale.code) : folderLocales;
	const retired = new Map((template?.retiredPracticeIds ?? []).map((entry) => [entry.id, entry.retiredIn]));
	diagnostics.push(
		...validatePublication({ sourceLocale, locales, retired, chapterKeys, files: [...chapterFiles, ...pageFiles, ...glossaryFiles], pages, glossary }),
		...validateTranslations({ chapters, pages, glossary }, translations, sourceLocale, sourceFilesOnDisk),
	);
	const terms = loadTerms(root, diagnostics);
	const editions = loadEditions(root, diagnostics, cache);
	const names = loadNames(root, diagnostics);
	if (template) diagnostics.push(...validateNames(names, template));
	diagnostics.push(...validateTerms(terms), ...validateTermUses({ chapters, pages, translations }, terms));
	if (template) {
		// An edition names base chapters and practices: with a base chapter whose YAML could not be read (so not even its practice IDs are known),
		// those would be reported as unknown. They are left out, and the edition said to be unchecked, until the chapter reads.
		const unreadChapters = [...sourceFilesOnDisk].filter((file) => file.startsWith('content/chapters/') && !chapterKeys.some((chapter) => chapter.file === file));
		const found = validateEditions(template, { chapters, pages, translations }, terms, editions);
		const doubtful = (d: Diagnostic) => unreadChapters.length > 0 && (d.code === 'UnknownChapter' || d.code === 'UnknownPractice');
		diagnostics.push(...found.filter((d) => !doubtful(d)));
		for (const file of new Set(found.filter(doubtful).map((d) => d.file))) {
			diagnostics.push({ ...diagnostic('EditionNotChecked', file, undefined, unreadChapters.join(', ')), severity: 'warning' });
		}
	}
	return { publication: template ? { template, chapters, pages, glossary, translations, terms, editions, ...(names ? { names } : {}) } : undefined, diagnostics };
}
