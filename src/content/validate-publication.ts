/**
 * Rules that span files: uniqueness of codes, slugs and practice IDs, and
 * agreement between a practice ID and its chapter. Pure: works on parsed documents.
 */
import { catalog } from '../diagnostics/catalog.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { parsePracticeId } from '../schemas/practice.ts';
import type { Publication } from './load-content.ts';
import type { Position } from './yaml-source.ts';

/** Page names the site uses inside `/<edition>/<locale>/`; a chapter slug may not take them. */
export const reservedSlugs = ['index', 'introduction', 'practices', 'certification', 'glossary', '404'] as const;

function at(file: string, position: Position, code: keyof typeof catalog, message: string): Diagnostic {
	return { file, ...position, code, message, hint: catalog[code].hint, severity: 'error' };
}

export function validatePublication(publication: Publication): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const locales = new Set(publication.template.locales.map((locale) => locale.code));

	for (const document of [...publication.chapters, ...publication.pages, ...publication.glossaries]) {
		if (!locales.has(document.locale)) diagnostics.push(at(document.file, { line: 1, column: 1 }, 'UnknownLocale', catalog.UnknownLocale.message(document.locale)));
	}

	for (const locale of locales) {
		const chapters = publication.chapters.filter((chapter) => chapter.locale === locale);
		const codes = new Map<string, string>();
		const slugs = new Map<string, string>();
		const orders = new Map<number, string>();
		const ids = new Map<string, string>();
		for (const chapter of chapters) {
			const { data, file, source } = chapter;
			const where = (key: string) => source.locate([key]);
			const claim = <K>(seen: Map<K, string>, key: K, position: Position, make: (other: string) => Diagnostic) => {
				const other = seen.get(key);
				if (other) diagnostics.push(make(other));
				else seen.set(key, `${file}:${position.line}`);
			};
			claim(codes, data.code, where('code'), (other) => at(file, where('code'), 'DuplicateChapterCode', catalog.DuplicateChapterCode.message(data.code, other)));
			claim(slugs, data.slug, where('slug'), (other) => at(file, where('slug'), 'DuplicateChapterSlug', catalog.DuplicateChapterSlug.message(data.slug, other)));
			claim(orders, data.order, where('order'), (other) => at(file, where('order'), 'DuplicateChapterOrder', catalog.DuplicateChapterOrder.message(data.order, other)));
			if (data.slug !== chapter.name) diagnostics.push(at(file, where('slug'), 'SlugFileMismatch', catalog.SlugFileMismatch.message(data.slug, `${chapter.name}.mdx`)));
			if ((reservedSlugs as readonly string[]).includes(data.slug)) diagnostics.push(at(file, where('slug'), 'ReservedSlug', catalog.ReservedSlug.message(data.slug)));

			data.practices.forEach((practice, index) => {
				const position = source.locate(['practices', index, 'id']);
				if (parsePracticeId(practice.id)?.code !== data.code) {
					diagnostics.push(at(file, position, 'PracticeCodeMismatch', catalog.PracticeCodeMismatch.message(practice.id, data.code)));
				}
				claim(ids, practice.id, position, (other) => at(file, position, 'DuplicatePracticeId', catalog.DuplicatePracticeId.message(practice.id, other)));
			});
		}
	}

	for (const glossary of publication.glossaries) {
		const seen = new Set<string>();
		glossary.data.terms.forEach((term, index) => {
			if (seen.has(term.id)) diagnostics.push(at(glossary.file, glossary.source.locate(['terms', index, 'id']), 'DuplicateGlossaryTerm', catalog.DuplicateGlossaryTerm.message(term.id)));
			seen.add(term.id);
		});
	}
	return diagnostics;
}
