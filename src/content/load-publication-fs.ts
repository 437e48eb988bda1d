/**
 * Reads every content file under `content/`, validates each against its schema
 * and then across files, and returns the parsed publication with every
 * diagnostic found. Nothing stops at the first error.
 *
 * Source-locale files hold the structure and the source text; files in other
 * locales are translations that hold only words (see docs/translating.md).
 * This is the disk side; the cross-file rules live in `validate-publication.ts`
 * and `../l10n/validate-translations.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { catalog } from '../diagnostics/catalog.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { validateTranslations } from './validate-translations.ts';
import { loadEditions, loadTerms, type EditionDocument, type YamlDocument } from './read-editions-fs.ts';
import { validateEditions, validateTermUses } from './validate-editions.ts';
import type { Terms } from '../schemas/terms.ts';
import { chapterSchema, type Chapter } from '../schemas/chapter.ts';
import { chapterKeysSchema, type ChapterKeys } from '../schemas/chapter-keys.ts';
import { glossarySchema, type Glossary } from '../schemas/glossary.ts';
import { pageSchema, type Page } from '../schemas/page.ts';
import { templateMetaSchema, type TemplateMeta } from '../schemas/template.ts';
import {
	chapterTranslationSchema,
	glossaryTranslationSchema,
	pageTranslationSchema,
	type ChapterTranslation,
	type GlossaryTranslation,
	type PageTranslation,
} from '../schemas/translation.ts';
import { all, localeFiles, readGlossaries, readMdx, relative, typed, validate, type ContentDocument, type ReadFile } from './read-content-fs.ts';
import { validatePublication } from './validate-publication.ts';
import { parseYamlSource, type YamlSource } from '../utils/yaml-source.ts';

export type { ContentDocument } from './read-content-fs.ts';


/** A chapter file whose YAML could be read, valid or not: what the cross-file rules need. */
export interface ChapterKeysDocument {
	file: string;
	locale: string;
	name: string;
	source: YamlSource;
	keys: ChapterKeys;
}

export interface Translations {
	chapters: ContentDocument<ChapterTranslation>[];
	pages: ContentDocument<PageTranslation>[];
	glossaries: ContentDocument<GlossaryTranslation>[];
}

export interface Publication {
	template: TemplateMeta;
	/** Chapters in the source locale. */
	chapters: ContentDocument<Chapter>[];
	/** Prose pages in the source locale. */
	pages: ContentDocument<Page>[];
	/** The source-locale glossary, if present. */
	glossary: ContentDocument<Glossary> | undefined;
	translations: Translations;
	/** `content/terms.yaml`, if present. */
	terms: YamlDocument<Terms> | undefined;
	/** Country editions under `content/editions/`. */
	editions: EditionDocument[];
}

export interface LoadResult {
	/** Undefined when `content/template.yaml` itself is unusable. */
	publication: Publication | undefined;
	diagnostics: Diagnostic[];
}

export function loadContent(root: string): LoadResult {
	const diagnostics: Diagnostic[] = [];
	const contentDir = path.join(root, 'content');
	const templateFile = path.join(contentDir, 'template.yaml');
	if (!existsSync(templateFile)) {
		diagnostics.push({ file: 'content/template.yaml', line: 1, column: 1, code: 'MissingFile', message: catalog.MissingFile.message('content/template.yaml'), hint: catalog.MissingFile.hint, severity: 'error' });
		return { publication: undefined, diagnostics };
	}
	const templateSource = parseYamlSource(relative(root, templateFile), readFileSync(templateFile, 'utf8'));
	diagnostics.push(...templateSource.diagnostics);
	const template = validate(templateMetaSchema, templateSource, diagnostics);
	const sourceLocale = template?.sourceLocale ?? 'en';
	const isSource = (read: ReadFile) => read.locale === sourceLocale;

	const chapterFiles = localeFiles(path.join(contentDir, 'chapters'), '.mdx').flatMap(([locale, file]) => readMdx(root, locale, file, diagnostics) ?? []);
	const pageFiles = localeFiles(path.join(contentDir, 'pages'), '.mdx').flatMap(([locale, file]) => readMdx(root, locale, file, diagnostics) ?? []);
	const glossaryFiles = readGlossaries(root, path.join(contentDir, 'glossary'), diagnostics);

	const chapters = all(chapterFiles.filter(isSource), chapterSchema, diagnostics);
	const pages = all(pageFiles.filter(isSource), pageSchema, diagnostics);
	const glossary = glossaryFiles.filter(isSource).map((read) => typed(read, glossarySchema, diagnostics))[0];
	const translations: Translations = {
		chapters: all(chapterFiles.filter((read) => !isSource(read)), chapterTranslationSchema, diagnostics),
		pages: all(pageFiles.filter((read) => !isSource(read)), pageTranslationSchema, diagnostics),
		glossaries: all(glossaryFiles.filter((read) => !isSource(read)), glossaryTranslationSchema, diagnostics),
	};

	const chapterKeys: ChapterKeysDocument[] = chapterFiles
		.filter((read) => isSource(read) && read.source.value !== undefined)
		.map((read) => ({ ...read, keys: chapterKeysSchema.parse(read.source.value ?? {}) }));
	const folderLocales = [...new Set([...chapterFiles, ...pageFiles, ...glossaryFiles].map((read) => read.locale))].sort();
	const locales = template ? template.locales.map((locale) => locale.code) : folderLocales;
	const retired = new Map((template?.retiredPracticeIds ?? []).map((entry) => [entry.id, entry.retiredIn]));
	diagnostics.push(
		...validatePublication({ sourceLocale, locales, retired, chapterKeys, files: [...chapterFiles, ...pageFiles, ...glossaryFiles], pages, glossary }),
		...validateTranslations({ chapters, pages, glossary }, translations, sourceLocale),
	);
	const terms = loadTerms(root, diagnostics);
	const editions = loadEditions(root, diagnostics);
	diagnostics.push(...validateTermUses({ chapters, pages, translations }, terms));
	if (template) diagnostics.push(...validateEditions(template, { chapters, pages, translations }, terms, editions));
	return { publication: template ? { template, chapters, pages, glossary, translations, terms, editions } : undefined, diagnostics };
}
