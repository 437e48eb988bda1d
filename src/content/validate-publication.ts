/**
 * Rules that span files: uniqueness of codes, slugs, orders and practice IDs,
 * agreement between a practice ID and its chapter, retired IDs never coming back, and the pages every locale
 * needs. Pure: works on parsed documents.
 */
import { catalog } from '../diagnostics/catalog.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { parsePracticeId } from '../schemas/practice.ts';
import type { ChapterKeysDocument, Publication } from './load-publication-fs.ts';

/** What the cross-file rules look at. `locales` comes from the template, or from the folders when the template is unusable. */
export interface PublicationFiles {
	sourceLocale: string;
	locales: readonly string[];
	/** Withdrawn practice IDs and the version that withdrew them. */
	retired: ReadonlyMap<string, string>;
	/** Source-locale chapters, read leniently. */
	chapterKeys: readonly ChapterKeysDocument[];
	/** Every content file, in every locale. */
	files: ReadonlyArray<{ file: string; locale: string }>;
	pages: Publication['pages'];
	glossary: Publication['glossary'];
}
import type { Position } from '../utils/yaml-source.ts';

/** Page names the site uses inside `/<edition>/<locale>/`; a chapter slug may not take them. */
export const reservedSlugs = ['index', 'introduction', 'practices', 'certification', 'assessment', 'observer', 'glossary', 'contributors', 'translation-status', 'adaptations', 'downloads', 'search', '404'] as const;

/** Prose pages every locale must have under `content/pages/<locale>/`. */
export const requiredPages = ['introduction', 'certification'] as const;

function at(file: string, position: Position, code: keyof typeof catalog, message: string): Diagnostic {
	return { file, ...position, code, message, hint: catalog[code].hint, severity: 'error' };
}

/** Remembers the first place a key was seen and reports every later one. */
function uniqueness<K>(diagnostics: Diagnostic[]) {
	const seen = new Map<K, string>();
	return (key: K | undefined, file: string, position: Position, report: (other: string) => Diagnostic) => {
		if (key === undefined) return;
		const other = seen.get(key);
		if (other) diagnostics.push(report(other));
		else seen.set(key, `${file}:${position.line}`);
	};
}

function validateChapters(chapters: readonly ChapterKeysDocument[], retired: ReadonlyMap<string, string>, diagnostics: Diagnostic[]) {
	const code = uniqueness<string>(diagnostics);
	const slug = uniqueness<string>(diagnostics);
	const order = uniqueness<number>(diagnostics);
	const practiceId = uniqueness<string>(diagnostics);
	for (const { keys, file, source, name } of chapters) {
		const where = (key: string) => source.locate([key]);
		code(keys.code, file, where('code'), (other) => at(file, where('code'), 'DuplicateChapterCode', catalog.DuplicateChapterCode.message(keys.code!, other)));
		slug(keys.slug, file, where('slug'), (other) => at(file, where('slug'), 'DuplicateChapterSlug', catalog.DuplicateChapterSlug.message(keys.slug!, other)));
		order(keys.order, file, where('order'), (other) => at(file, where('order'), 'DuplicateChapterOrder', catalog.DuplicateChapterOrder.message(keys.order!, other)));
		if (keys.slug !== undefined && keys.slug !== name) diagnostics.push(at(file, where('slug'), 'SlugFileMismatch', catalog.SlugFileMismatch.message(keys.slug, `${name}.mdx`)));
		if (keys.slug !== undefined && (reservedSlugs as readonly string[]).includes(keys.slug)) diagnostics.push(at(file, where('slug'), 'ReservedSlug', catalog.ReservedSlug.message(keys.slug)));
		keys.practices.forEach(({ id }, index) => {
			if (id === undefined) return;
			const position = source.locate(['practices', index, 'id']);
			const parsed = parsePracticeId(id);
			if (parsed && keys.code !== undefined && parsed.code !== keys.code) {
				diagnostics.push(at(file, position, 'PracticeCodeMismatch', catalog.PracticeCodeMismatch.message(id, keys.code)));
			}
			const retiredIn = retired.get(id);
			if (retiredIn) diagnostics.push(at(file, position, 'RetiredPracticeId', catalog.RetiredPracticeId.message(id, retiredIn)));
			practiceId(id, file, position, (other) => at(file, position, 'DuplicatePracticeId', catalog.DuplicatePracticeId.message(id, other)));
		});
	}
}

export function validatePublication(publication: PublicationFiles): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const { locales, chapterKeys, sourceLocale } = publication;

	for (const document of publication.files) {
		if (!locales.includes(document.locale)) diagnostics.push(at(document.file, { line: 1, column: 1 }, 'UnknownLocale', catalog.UnknownLocale.message(document.locale)));
	}

	// Translations may be missing (the page then falls back to the source); the source may not.
	validateChapters(chapterKeys, publication.retired, diagnostics);
	const exists = (file: string) => publication.files.some((document) => document.file === file);
	for (const name of requiredPages) {
		const file = `content/pages/${sourceLocale}/${name}.mdx`;
		if (!exists(file)) diagnostics.push(at(file, { line: 1, column: 1 }, 'MissingFile', catalog.MissingFile.message(`The ${name} page for ${sourceLocale}`)));
	}
	const glossaryFile = `content/glossary/${sourceLocale}.yaml`;
	if (!exists(glossaryFile)) diagnostics.push(at(glossaryFile, { line: 1, column: 1 }, 'MissingFile', catalog.MissingFile.message(`The glossary for ${sourceLocale}`)));

	for (const glossary of publication.glossary ? [publication.glossary] : []) {
		const seen = new Set<string>();
		glossary.data.terms.forEach((term, index) => {
			if (seen.has(term.id)) diagnostics.push(at(glossary.file, glossary.source.locate(['terms', index, 'id']), 'DuplicateGlossaryTerm', catalog.DuplicateGlossaryTerm.message(term.id)));
			seen.add(term.id);
		});
	}
	return diagnostics;
}
