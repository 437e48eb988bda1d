/**
 * Rules that span files: uniqueness of codes, slugs, orders and practice IDs,
 * agreement between a practice ID and its chapter, retired IDs never coming back, and the pages every locale
 * needs. Pure: works on parsed documents.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { parsePracticeId } from '../schemas/practice.ts';
import type { ChapterKeysDocument, Publication } from './types.ts';
import type { Position } from '../utils/yaml-source.ts';
import { RESERVED_SLUGS } from '../schemas/site-pages.ts';

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

/** Prose pages every locale must have under `content/pages/<locale>/`. */
export const requiredPages = ['introduction', 'certification'] as const;

/** Remembers the first place a key was seen and reports every later one. Places are found only for a report: finding a field's line is the costly part. */
function uniqueness<K>(diagnostics: Diagnostic[]) {
	const seen = new Map<K, () => string>();
	return (key: K | undefined, file: string, position: () => Position, report: (other: string) => Diagnostic) => {
		if (key === undefined) return;
		const other = seen.get(key);
		if (other) diagnostics.push(report(other()));
		else seen.set(key, () => `${file}:${position().line}`);
	};
}

function validateChapters(chapters: readonly ChapterKeysDocument[], retired: ReadonlyMap<string, string>, diagnostics: Diagnostic[]) {
	const code = uniqueness<string>(diagnostics);
	const slug = uniqueness<string>(diagnostics);
	const order = uniqueness<number>(diagnostics);
	const practiceId = uniqueness<string>(diagnostics);
	for (const { keys, file, source, name } of chapters) {
		const where = (key: string) => source.locate([key]);
		code(keys.code, file, () => where('code'), (other) => diagnostic('DuplicateChapterCode', file, where('code'), keys.code!, other));
		slug(keys.slug, file, () => where('slug'), (other) => diagnostic('DuplicateChapterSlug', file, where('slug'), keys.slug!, other));
		order(keys.order, file, () => where('order'), (other) => diagnostic('DuplicateChapterOrder', file, where('order'), keys.order!, other));
		if (keys.slug !== undefined && keys.slug !== name) diagnostics.push(diagnostic('SlugFileMismatch', file, where('slug'), keys.slug, `${name}.mdx`));
		if (keys.slug !== undefined && RESERVED_SLUGS.includes(keys.slug)) diagnostics.push(diagnostic('ReservedSlug', file, where('slug'), keys.slug));
		keys.practices.forEach(({ id }, index) => {
			if (id === undefined) return;
			const position = () => source.locate(['practices', index, 'id']);
			const parsed = parsePracticeId(id);
			if (parsed && keys.code !== undefined && parsed.code !== keys.code) {
				diagnostics.push(diagnostic('PracticeCodeMismatch', file, position(), id, keys.code));
			}
			const retiredIn = retired.get(id);
			if (retiredIn) diagnostics.push(diagnostic('RetiredPracticeId', file, position(), id, retiredIn));
			practiceId(id, file, position, (other) => diagnostic('DuplicatePracticeId', file, position(), id, other));
		});
	}
}

export function validatePublication(publication: PublicationFiles): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const { locales, chapterKeys, sourceLocale } = publication;

	for (const document of publication.files) {
		if (!locales.includes(document.locale)) diagnostics.push(diagnostic('UnknownLocale', document.file, undefined, document.locale));
	}

	// Translations may be missing (the page then falls back to the source); the source may not.
	validateChapters(chapterKeys, publication.retired, diagnostics);
	const exists = (file: string) => publication.files.some((document) => document.file === file);
	for (const name of requiredPages) {
		const file = `content/pages/${sourceLocale}/${name}.mdx`;
		if (!exists(file)) diagnostics.push(diagnostic('MissingFile', file, undefined, `The ${name} page for ${sourceLocale}`));
	}
	const glossaryFile = `content/glossary/${sourceLocale}.yaml`;
	if (!exists(glossaryFile)) diagnostics.push(diagnostic('MissingFile', glossaryFile, undefined, `The glossary for ${sourceLocale}`));

	for (const glossary of publication.glossary ? [publication.glossary] : []) {
		const seen = new Set<string>();
		glossary.data.terms.forEach((term, index) => {
			if (seen.has(term.id)) diagnostics.push(diagnostic('DuplicateGlossaryTerm', glossary.file, glossary.source.locate(['terms', index, 'id']), term.id));
			seen.add(term.id);
		});
	}
	return diagnostics;
}
