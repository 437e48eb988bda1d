/**
 * Rules for terms: the forms each locale defines, the values that give them
 * (the neutral defaults in content/terms.yaml and each edition's own), and
 * every `<Term id form />` written in base text. Errors name file and line.
 */
import type { ContentDocument, Publication, YamlDocument } from './types.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { DEFAULT_TERM_FORM, type Terms, type TermValues } from '../schemas/terms.ts';
import { termMarkers, termUses } from '../markdown/term-markers.ts';
import { stringLeaves } from '../utils/string-leaves.ts';

type Sources = Pick<Publication, 'chapters' | 'pages' | 'translations'>;

/**
 * A term's values (per locale, per form): every locale it must cover, and in
 * each locale exactly the forms that `forms:` lists for it.
 * @param path where the values stand in the document, for the line of each error.
 */
export function checkTermValues(
	document: Pick<YamlDocument<unknown>, 'file' | 'source'>,
	path: ReadonlyArray<string | number>,
	id: string,
	values: TermValues,
	forms: Terms['forms'],
	locales: readonly string[],
): Diagnostic[] {
	const at = (...more: Array<string | number>) => document.source.locate([...path, ...more]);
	const diagnostics: Diagnostic[] = [];
	for (const locale of locales) if (!values[locale]) diagnostics.push(diagnostic('TermMissingLocale', document.file, at(), id, locale));
	for (const [locale, given] of Object.entries(values)) {
		const wanted = Object.keys(forms[locale] ?? { [DEFAULT_TERM_FORM]: '' });
		for (const form of wanted) if (!given[form]) diagnostics.push(diagnostic('TermFormMissing', document.file, at(locale), id, locale, form, wanted.join(', ')));
		for (const form of Object.keys(given)) if (!wanted.includes(form)) diagnostics.push(diagnostic('TermFormUnknown', document.file, at(locale, form), form, locale, wanted.join(', ')));
	}
	return diagnostics;
}

/**
 * content/terms.yaml: each default in every locale `forms:` lists, in every
 * form of it. A locale of the template without forms yet (one just added
 * with npm run l10n:add) is checked where its text uses a term.
 */
export function validateTerms(terms: YamlDocument<Terms> | undefined): Diagnostic[] {
	if (!terms) return [];
	const locales = Object.keys(terms.data.forms);
	// A contraction asks for a form the locale has.
	const contractions = Object.entries(terms.data.contractions).flatMap(([locale, words]) =>
		Object.entries(words).flatMap(([word, form]) => {
			const forms = Object.keys(terms.data.forms[locale] ?? { [DEFAULT_TERM_FORM]: '' });
			return forms.includes(form) ? [] : [diagnostic('TermFormUnknown', terms.file, terms.source.locate(['contractions', locale, word]), form, locale, forms.join(', '))];
		}),
	);
	return [...contractions, ...Object.entries(terms.data.terms).flatMap(([id, term]) => checkTermValues(terms, ['terms', id, 'default'], id, term.default, terms.data.forms, locales))];
}

/** Every `<Term id form />` in base text, in every locale, names a defined term and a form of that locale. */
export function validateTermUses(sources: Sources, terms: YamlDocument<Terms> | undefined): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const defined = terms?.data.terms ?? {};
	const known = Object.keys(defined).join(', ') || 'none';
	const documents: Array<ContentDocument<unknown>> = [...sources.chapters, ...sources.pages, ...sources.translations.chapters, ...sources.translations.pages];
	for (const document of documents) {
		const forms = Object.keys(terms?.data.forms[document.locale] ?? { [DEFAULT_TERM_FORM]: '' });
		for (const use of termUses(document)) {
			const term = defined[use.id];
			if (!term) diagnostics.push(diagnostic('UnknownTerm', document.file, use.position(), use.id, known));
			else if (!term.default[document.locale]) diagnostics.push(diagnostic('TermMissingLocale', document.file, use.position(), use.id, document.locale));
			else if (!forms.includes(use.form)) diagnostics.push(diagnostic('TermFormUnknown', document.file, use.position(), use.form, document.locale, forms.join(', ')));
		}
	}
	return diagnostics;
}

/**
 * Every term marker in an edition's adaptations.yaml (a statement, a note, a
 * section's title and body...): a defined term, in a form of the locale its
 * text is keyed by.
 */
export function validateAdaptationTerms(document: Pick<YamlDocument<unknown>, 'file' | 'source'>, terms: YamlDocument<Terms> | undefined, locales: readonly string[]): Diagnostic[] {
	const defined = terms?.data.terms ?? {};
	const known = Object.keys(defined).join(', ') || 'none';
	return stringLeaves(document.source.value).flatMap(({ path, text }) => {
		const locale = [...path].reverse().find((key): key is string => typeof key === 'string' && locales.includes(key));
		const forms = Object.keys((locale && terms?.data.forms[locale]) || { [DEFAULT_TERM_FORM]: '' });
		return [...text.matchAll(termMarkers())].flatMap((match) => {
			const [, id = '', form = DEFAULT_TERM_FORM] = match;
			if (!defined[id]) return [diagnostic('UnknownTerm', document.file, document.source.locate(path), id, known)];
			if (!forms.includes(form)) return [diagnostic('TermFormUnknown', document.file, document.source.locate(path), form, locale ?? '', forms.join(', '))];
			return [];
		});
	});
}
