/**
 * Parity between each translation and its source: the same practice IDs (in
 * order, with the same number of steps and evidence items), the same section
 * anchors, the same MDX components, the same glossary terms. Anything missing
 * or extra is an error with the translation's file and line.
 */
import type { ContentDocument, Publication, Translations } from './load-publication-fs.ts';
import type { Position } from '../utils/yaml-source.ts';
import { catalog, type DiagnosticCode } from '../diagnostics/catalog.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { outlineBody, type ComponentInfo } from '../markdown/mdx-body.ts';

type Sources = Pick<Publication, 'chapters' | 'pages' | 'glossary'>;

function at(file: string, position: Position, code: DiagnosticCode, message: string): Diagnostic {
	return { file, ...position, code, message, hint: catalog[code].hint, severity: 'error' };
}

function bodyParity(source: ContentDocument<unknown>, translation: ContentDocument<unknown>, diagnostics: Diagnostic[]) {
	// An unparsable body is reported as MdxSyntax; comparing it would only repeat that.
	if (source.unreadable || translation.unreadable) return;
	const expected = outlineBody(source.body, source.bodyLine);
	const found = outlineBody(translation.body, translation.bodyLine);
	const expectedIds = expected.anchors.map((anchor) => anchor.id);
	const foundIds = found.anchors.map((anchor) => anchor.id);
	for (const anchor of expected.anchors) {
		if (!foundIds.includes(anchor.id)) {
			diagnostics.push(at(translation.file, { line: translation.bodyLine, column: 1 }, 'TranslationAnchorMissing', catalog.TranslationAnchorMissing.message(anchor.id, anchor.line)));
		}
	}
	for (const anchor of found.anchors) {
		if (!expectedIds.includes(anchor.id)) diagnostics.push(at(translation.file, { line: anchor.line, column: 1 }, 'TranslationAnchorExtra', catalog.TranslationAnchorExtra.message(anchor.id)));
	}
	const shared = foundIds.filter((id) => expectedIds.includes(id));
	const expectedShared = expectedIds.filter((id) => foundIds.includes(id));
	const misplaced = shared.findIndex((id, index) => id !== expectedShared[index]);
	if (misplaced !== -1) {
		const anchor = found.anchors.find((candidate) => candidate.id === shared[misplaced])!;
		diagnostics.push(at(translation.file, { line: anchor.line, column: 1 }, 'TranslationAnchorOrder', catalog.TranslationAnchorOrder.message(anchor.id, expectedShared[misplaced]!)));
	}
	const describe = (components: ComponentInfo[]) =>
		components.length ? components.map((component) => `<${component.name}${Object.entries(component.props).map(([key, value]) => ` ${key}="${value}"`).join('')} />`).join(', ') : 'none';
	if (describe(found.components) !== describe(expected.components)) {
		const line = found.components[0]?.line ?? translation.bodyLine;
		diagnostics.push(at(translation.file, { line, column: 1 }, 'TranslationComponentMismatch', catalog.TranslationComponentMismatch.message(describe(found.components), describe(expected.components))));
	}
}

function chapterParity(source: Sources['chapters'][number], translation: Translations['chapters'][number], diagnostics: Diagnostic[]) {
	const expected = source.data.practices;
	const found = translation.data.practices;
	const expectedIds = expected.map((practice) => practice.id);
	const foundIds = found.map((practice) => practice.id);
	for (const id of expectedIds.filter((id) => !foundIds.includes(id))) {
		diagnostics.push(at(translation.file, translation.source.locate(['practices']), 'TranslationPracticeMissing', catalog.TranslationPracticeMissing.message(id)));
	}
	found.forEach((practice, index) => {
		const position = translation.source.locate(['practices', index, 'id']);
		if (!expectedIds.includes(practice.id)) {
			diagnostics.push(at(translation.file, position, 'TranslationPracticeExtra', catalog.TranslationPracticeExtra.message(practice.id)));
			return;
		}
		const original = expected.find((candidate) => candidate.id === practice.id)!;
		// Term markers in the fields are components: the same ones as the source, whatever the wording around them.
		const terms = (fields: readonly string[]) => fields.flatMap((field) => [...field.matchAll(/<Term\s+id="([a-z][a-z0-9-]*)"\s*\/>/g)].map((match) => `<Term id="${match[1]}" />`)).sort();
		const words = (item: typeof practice | typeof original) => [item.title, item.statement, item.rationale, ...item.implementation, ...item.evidence, ...(item.question !== undefined ? [item.question] : [])];
		const found = terms(words(practice)).join(', ') || 'none';
		const wanted = terms(words(original)).join(', ') || 'none';
		if (found !== wanted) diagnostics.push(at(translation.file, translation.source.locate(['practices', index, 'id']), 'TranslationComponentMismatch', catalog.TranslationComponentMismatch.message(`${found} in ${practice.id}`, wanted)));
		// An observable practice has an observer question; a translation has one exactly when its source does.
		if (original.question !== undefined && practice.question === undefined) {
			diagnostics.push(at(translation.file, translation.source.locate(['practices', index, 'id']), 'TranslationFieldMissing', catalog.TranslationFieldMissing.message(practice.id, 'question')));
		}
		if (original.question === undefined && practice.question !== undefined) {
			diagnostics.push(at(translation.file, translation.source.locate(['practices', index, 'question']), 'TranslationFieldExtra', catalog.TranslationFieldExtra.message(practice.id, 'question')));
		}
		for (const field of ['implementation', 'evidence'] as const) {
			if (practice[field].length !== original[field].length) {
				diagnostics.push(
					at(translation.file, translation.source.locate(['practices', index, field]), 'TranslationListLength', catalog.TranslationListLength.message(practice.id, field, practice[field].length, original[field].length)),
				);
			}
		}
	});
	const shared = foundIds.filter((id) => expectedIds.includes(id));
	const expectedShared = expectedIds.filter((id) => foundIds.includes(id));
	const misplaced = shared.findIndex((id, index) => id !== expectedShared[index]);
	if (misplaced !== -1) {
		const index = foundIds.indexOf(shared[misplaced]!);
		diagnostics.push(at(translation.file, translation.source.locate(['practices', index, 'id']), 'TranslationPracticeOrder', catalog.TranslationPracticeOrder.message(shared[misplaced]!, expectedShared[misplaced]!)));
	}
	bodyParity(source, translation, diagnostics);
}

export function validateTranslations(sources: Sources, translations: Translations, sourceLocale: string): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const orphan = (translation: ContentDocument<unknown>, sourceFile: string) =>
		diagnostics.push(at(translation.file, { line: 1, column: 1 }, 'OrphanTranslation', catalog.OrphanTranslation.message(sourceFile)));

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
			diagnostics.push(at(translation.file, translation.source.locate(['terms']), 'TranslationTermMissing', catalog.TranslationTermMissing.message(id)));
		}
		found.forEach((id, index) => {
			if (!expected.includes(id)) diagnostics.push(at(translation.file, translation.source.locate(['terms', index, 'id']), 'TranslationTermExtra', catalog.TranslationTermExtra.message(id)));
		});
	}
	return diagnostics;
}
