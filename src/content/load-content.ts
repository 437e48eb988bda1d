/**
 * Reads every content file under `content/`, validates each against its schema
 * and then across files, and returns the parsed publication with every
 * diagnostic found. Nothing stops at the first error.
 *
 * This is the disk side; the cross-file rules live in `validate-publication.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { catalog } from '../diagnostics/catalog.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { chapterSchema, type Chapter } from '../schemas/chapter.ts';
import { chapterKeysSchema, type ChapterKeys } from '../schemas/chapter-keys.ts';
import { glossarySchema, type Glossary } from '../schemas/glossary.ts';
import { pageSchema, type Page } from '../schemas/page.ts';
import { templateMetaSchema, type TemplateMeta } from '../schemas/template.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { validatePublication } from './validate-publication.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { zodDiagnostics } from './zod-diagnostics.ts';

export interface ContentDocument<T> {
	/** Project-relative path. */
	file: string;
	locale: string;
	/** File name without extension. */
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

export interface Publication {
	template: TemplateMeta;
	chapters: ContentDocument<Chapter>[];
	pages: ContentDocument<Page>[];
	glossaries: ContentDocument<Glossary>[];
}

export interface LoadResult {
	/** Undefined when `content/template.yaml` itself is unusable. */
	publication: Publication | undefined;
	diagnostics: Diagnostic[];
}

function relative(root: string, file: string): string {
	return path.relative(root, file).split(path.sep).join('/');
}

function validate<S extends z.ZodType>(schema: S, source: YamlSource, diagnostics: Diagnostic[]): z.output<S> | undefined {
	diagnostics.push(...source.diagnostics);
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

interface ReadMdx {
	file: string;
	locale: string;
	name: string;
	source: YamlSource;
	body: string;
	bodyLine: number;
}

function readMdx(root: string, locale: string, absolute: string, diagnostics: Diagnostic[]): ReadMdx | undefined {
	const file = relative(root, absolute);
	const split = splitFrontmatter(readFileSync(absolute, 'utf8'));
	if (split.frontmatter === undefined) {
		diagnostics.push({ file, line: 1, column: 1, code: 'MissingFrontmatter', message: catalog.MissingFrontmatter.message(), hint: catalog.MissingFrontmatter.hint, severity: 'error' });
		return undefined;
	}
	const source = parseYamlSource(file, split.frontmatter, split.frontmatterLine);
	return { file, locale, name: path.basename(absolute, '.mdx'), source, body: split.body, bodyLine: split.bodyLine };
}

function toDocument<S extends z.ZodType>(read: ReadMdx, schema: S, diagnostics: Diagnostic[]): ContentDocument<z.output<S>> | undefined {
	const data = validate(schema, read.source, diagnostics);
	return data === undefined ? undefined : { ...read, data };
}

export function loadContent(root: string): LoadResult {
	const diagnostics: Diagnostic[] = [];
	const contentDir = path.join(root, 'content');
	const templateFile = path.join(contentDir, 'template.yaml');
	if (!existsSync(templateFile)) {
		diagnostics.push({ file: 'content/template.yaml', line: 1, column: 1, code: 'MissingFile', message: catalog.MissingFile.message('content/template.yaml'), hint: catalog.MissingFile.hint, severity: 'error' });
		return { publication: undefined, diagnostics };
	}
	const template = validate(templateMetaSchema, parseYamlSource(relative(root, templateFile), readFileSync(templateFile, 'utf8')), diagnostics);

	const chapterFiles = localeFiles(path.join(contentDir, 'chapters'), '.mdx')
		.map(([locale, file]) => readMdx(root, locale, file, diagnostics))
		.filter((read) => read !== undefined);
	const chapters = chapterFiles.map((read) => toDocument(read, chapterSchema, diagnostics)).filter((document) => document !== undefined);
	const chapterKeys: ChapterKeysDocument[] = chapterFiles
		.filter((read) => read.source.value !== undefined)
		.map((read) => ({ ...read, keys: chapterKeysSchema.parse(read.source.value ?? {}) }));
	const pages = localeFiles(path.join(contentDir, 'pages'), '.mdx')
		.map(([locale, file]) => readMdx(root, locale, file, diagnostics))
		.filter((read) => read !== undefined)
		.map((read) => toDocument(read, pageSchema, diagnostics))
		.filter((document) => document !== undefined);

	const glossaryDir = path.join(contentDir, 'glossary');
	const glossaries: ContentDocument<Glossary>[] = [];
	if (existsSync(glossaryDir)) {
		for (const name of readdirSync(glossaryDir).filter((entry) => entry.endsWith('.yaml')).sort()) {
			const absolute = path.join(glossaryDir, name);
			const locale = path.basename(name, '.yaml');
			const source = parseYamlSource(relative(root, absolute), readFileSync(absolute, 'utf8'));
			const data = validate(glossarySchema, source, diagnostics);
			if (data) glossaries.push({ file: source.file, locale, name: locale, data, source, body: '', bodyLine: 1 });
		}
	}

	const folderLocales = [...new Set([...chapterKeys, ...pages, ...glossaries].map((document) => document.locale))].sort();
	const locales = template ? template.locales.map((locale) => locale.code) : folderLocales;
	const retired = new Map((template?.retiredPracticeIds ?? []).map((entry) => [entry.id, entry.retiredIn]));
	diagnostics.push(...validatePublication({ locales, retired, chapterKeys, pages, glossaries }));
	return { publication: template ? { template, chapters, pages, glossaries } : undefined, diagnostics };
}
