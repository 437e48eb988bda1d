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
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { catalog } from '../diagnostics/catalog.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { validateTranslations } from '../l10n/validate-translations.ts';
import { loadEditions, loadTerms, type EditionDocument, type YamlDocument } from '../editions/load-editions.ts';
import { validateEditions, validateTermUses } from '../editions/validate-editions.ts';
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
import { splitFrontmatter } from './frontmatter.ts';
import { validatePublication } from './validate-publication.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { zodDiagnostics } from './zod-diagnostics.ts';

export interface ContentDocument<T> {
	/** Project-relative path. */
	file: string;
	locale: string;
	/** File name without extension: the chapter slug, the page name, or the locale for a glossary. */
	name: string;
	data: T;
	source: YamlSource;
	body: string;
	bodyLine: number;
}

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

interface ReadFile {
	file: string;
	locale: string;
	name: string;
	source: YamlSource;
	body: string;
	bodyLine: number;
}

function relative(root: string, file: string): string {
	return path.relative(root, file).split(path.sep).join('/');
}

function validate<S extends z.ZodType>(schema: S, source: YamlSource, diagnostics: Diagnostic[]): z.output<S> | undefined {
	if (source.value === undefined) return undefined;
	const result = schema.safeParse(source.value, { reportInput: true });
	if (result.success) return result.data;
	diagnostics.push(...zodDiagnostics(result.error, source));
	return undefined;
}

/** Files in `dir/<locale>/` with the given extension, sorted, as [locale, absolute path]. */
function localeFiles(dir: string, extension: string): Array<[string, string]> {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((entry) =>
			readdirSync(path.join(dir, entry.name))
				.filter((name) => name.endsWith(extension))
				.map((name): [string, string] => [entry.name, path.join(dir, entry.name, name)]),
		)
		.sort((a, b) => a[1].localeCompare(b[1]));
}

function readMdx(root: string, locale: string, absolute: string, diagnostics: Diagnostic[]): ReadFile | undefined {
	const file = relative(root, absolute);
	const split = splitFrontmatter(readFileSync(absolute, 'utf8'));
	if (split.frontmatter === undefined) {
		diagnostics.push({ file, line: 1, column: 1, code: 'MissingFrontmatter', message: catalog.MissingFrontmatter.message(), hint: catalog.MissingFrontmatter.hint, severity: 'error' });
		return undefined;
	}
	const source = parseYamlSource(file, split.frontmatter, split.frontmatterLine);
	diagnostics.push(...source.diagnostics);
	return { file, locale, name: path.basename(absolute, '.mdx'), source, body: split.body, bodyLine: split.bodyLine };
}

function readGlossaries(root: string, dir: string, diagnostics: Diagnostic[]): ReadFile[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((entry) => entry.endsWith('.yaml'))
		.sort()
		.map((name) => {
			const absolute = path.join(dir, name);
			const source = parseYamlSource(relative(root, absolute), readFileSync(absolute, 'utf8'));
			diagnostics.push(...source.diagnostics);
			const locale = path.basename(name, '.yaml');
			return { file: source.file, locale, name: locale, source, body: '', bodyLine: 1 };
		});
}

function typed<S extends z.ZodType>(read: ReadFile, schema: S, diagnostics: Diagnostic[]): ContentDocument<z.output<S>> | undefined {
	const data = validate(schema, read.source, diagnostics);
	return data === undefined ? undefined : { ...read, data };
}

function all<S extends z.ZodType>(files: ReadFile[], schema: S, diagnostics: Diagnostic[]): ContentDocument<z.output<S>>[] {
	return files.map((read) => typed(read, schema, diagnostics)).filter((document) => document !== undefined);
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
