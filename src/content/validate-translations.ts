/**
 * Parity between each translation and its source: the same practice IDs (in
 * order, with the same number of steps and evidence items), the same section
 * anchors, the same MDX components (a term in any of its forms), the same
 * terms in each practice, the same glossary terms. Anything missing
 * or extra is an error with the translation's file and line.
 */
import type { ContentDocument, Publication, Translations } from './types.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { outlineBody, type ComponentInfo } from '../markdown/mdx-body.ts';
import { termIdsIn } from '../markdown/term-markers.ts';

type Sources = Pick<Publication, 'chapters' | 'pages' | 'glossary'>;

function bodyParity(source: ContentDocument<unknown>, translation: ContentDocument<unknown>, diagnostics: Diagnostic[]) {
	// An unparsable body is reported as MdxSyntax; comparing it would only repeat that.
	if (source.unreadable || translation.unreadable) return;
	const expected = outlineBody(source.body, source.bodyLine);
	const found = outlineBody(translation.body, translation.bodyLine);
	const expectedIds = expected.anchors.map((anchor) => anchor.id);
	const foundIds = found.anchors.map((anchor) => anchor.id);
	for (const anchor of expected.anchors) {
		if (!foundIds.includes(anchor.id)) {
			diagnostics.push(diagnostic('TranslationAnchorMissing', translation.file, { line: translation.bodyLine, column: 1 }, anchor.id, anchor.line));
		}
	}
	for (const anchor of found.anchors) {
		if (!expectedIds.includes(anchor.id)) diagnostics.push(diagnostic('TranslationAnchorExtra', translation.file, { line: anchor.line, column: 1 }, anchor.id));
	}
	const shared = foundIds.filter((id) => expectedIds.includes(id));
	const expectedShared = expectedIds.filter((id) => foundIds.includes(id));
	const misplaced = shared.findIndex((id, index) => id !== expectedShared[index]);
	if (misplaced !== -1) {
		const anchor = found.anchors.find((candidate) => candidate.id === shared[misplaced])!;
		diagnostics.push(diagnostic('TranslationAnchorOrder', translation.file, { line: anchor.line, column: 1 }, anchor.id, expectedShared[misplaced]!));
	}
	// A term's grammatical form is the translation's own (French may need "of" where English needs none).
	const propsOf = (component: ComponentInfo) => Object.entries(component.props).filter(([key]) => !(component.name === 'Term' && key === 'form'));
	const describe = (components: ComponentInfo[]) =>
		components.length ? components.map((component) => `<${component.name}${propsOf(component).map(([key, value]) => ` ${key}="${value}"`).join('')} />`).join(', ') : 'none';
	if (describe(found.components) !== describe(expected.components)) {
		const line = found.components[0]?.line ?? translation.bodyLine;
		diagnostics.push(diagnostic('TranslationComponentMismatch', translation.file, { line, column: 1 }, describe(found.components), describe(expected.components)));
	}
}

function chapterParity(source: Sources['chapters'][number], translation: Translations['chapters'][number], diagnostics: Diagnostic[]) {
	const expected = source.data.practices;
	const found = translation.data.practices;
	const expectedIds = expected.map((practice) => practice.id);
	const foundIds = found.map((practice) => practice.id);
	for (const id of expectedIds.filter((id) => !foundIds.includes(id))) {
		diagnostics.push(diagnostic('TranslationPracticeMissing', translation.file, translation.source.locate(['practices']), id));
	}
	found.forEach((practice, index) => {
		if (!expectedIds.includes(practice.id)) {
			diagnostics.push(diagnostic('TranslationPracticeExtra', translation.file, translation.source.locate(['practices', index, 'id']), practice.id));
			return;
		}
		const original = expected.find((candidate) => candidate.id === practice.id)!;
		// Term markers in the fields are components: the same terms as the source, whatever the wording around them.
		// How often, and in which grammatical form, is the translation's own business.
		const terms = (fields: readonly string[]) => [...new Set(fields.flatMap(termIdsIn))].sort();
		const words = (item: typeof practice | typeof original) => [item.title, item.statement, item.rationale, ...item.implementation, ...item.evidence, ...(item.question !== undefined ? [item.question] : [])];
		const found = terms(words(practice)).join(', ') || 'none';
		const wanted = terms(words(original)).join(', ') || 'none';
		if (found !== wanted) diagnostics.push(diagnostic('TranslationTermsMismatch', translation.file, translation.source.locate(['practices', index, 'id']), practice.id, found, wanted));
		// An observable practice has an observer question; a translation has one exactly when its source does.
		if (original.question !== undefined && practice.question === undefined) {
			diagnostics.push(diagnostic('TranslationFieldMissing', translation.file, translation.source.locate(['practices', index, 'id']), practice.id, 'question'));
		}
		if (original.question === undefined && practice.question !== undefined) {
			diagnostics.push(diagnostic('TranslationFieldExtra', translation.file, translation.source.locate(['practices', index, 'question']), practice.id, 'question'));
		}
		for (const field of ['implementation', 'evidence'] as const) {
			if (practice[field].length !== original[field].length) {
				diagnostics.push(
					diagnostic('TranslationListLength', translation.file, translation.source.locate(['practices', index, field]), practice.id, field, practice[field].length, original[field].length),
				);
			}
		}
	});
	const shared = foundIds.filter((id) => expectedIds.includes(id));
	const expectedShared = expectedIds.filter((id) => foundIds.includes(id));
	const misplaced = shared.findIndex((id, index) => id !== expectedShared[index]);
	if (misplaced !== -1) {
		const index = foundIds.indexOf(shared[misplaced]!);
		diagnostics.push(diagnostic('TranslationPracticeOrder', translation.file, translation.source.locate(['practices', index, 'id']), shared[misplaced]!, expectedShared[misplaced]!));
	}
	bodyParity(source, translation, diagnostics);
}

/**
 * @param sourceFiles the source-locale MDX files on disk, read or not: a translation whose source is there but could not be read is not an orphan,
 * only unchecked (the source's own error says why).
 */
export function validateTranslations(sources: Sources, translations: Translations, sourceLocale: string, sourceFiles: ReadonlySet<string> = new Set()): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const orphan = (translation: ContentDocument<unknown>, sourceFile: string) =>
		diagnostics.push(
			sourceFiles.has(sourceFile)
				? { ...diagnostic('TranslationNotChecked', translation.file, undefined, sourceFile), severity: 'warning' }
				: diagnostic('OrphanTranslation', translation.file, undefined, sourceFile),
		);

	for (const translation of translations.chapters) {
		const source = sources.chapters.find((chapter) => chapter.name === translation.name);
		if (source) chapterParity(source, translation, diagnostics);
		else orphan(translation, `content/chapters/${sourceLocale}/${translation.name}.mdx`);
	}
	for (const translation of translations.pages) {
		const source = sources.pages.find((page) => page.name === translation.name);
		if (source) bodyParity(source, translation, diagnostics);
		else orphan(translation, `content/pages/${sourceLocale}/${translation.name}.mdx`);
	}
	for (const translation of translations.glossaries) {
		if (!sources.glossary) continue;
		const expected = sources.glossary.data.terms.map((term) => term.id);
		const found = translation.data.terms.map((term) => term.id);
		for (const id of expected.filter((id) => !found.includes(id))) {
			diagnostics.push(diagnostic('TranslationTermMissing', translation.file, translation.source.locate(['terms']), id));
		}
		found.forEach((id, index) => {
			if (!expected.includes(id)) diagnostics.push(diagnostic('TranslationTermExtra', translation.file, translation.source.locate(['terms', index, 'id']), id));
		});
	}
	return diagnostics;
}
