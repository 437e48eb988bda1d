/**
 * A source document as a reader of one locale sees it: the translation merged
 * over the source structure when there is one, or the source itself (the
 * fallback) when there is not, and the state the page must disclose.
 */
import type { ContentDocument, Publication } from '../content/types.ts';
import type { Chapter, Contributor } from '../schemas/chapter.ts';
import type { Glossary } from '../schemas/glossary.ts';
import type { Page } from '../schemas/page.ts';
import { sourceHash, type SourceKey } from '../content/source-hashes.ts';

/**
 * - `source`: the reader's locale is the source locale;
 * - `current`: translated from the current source;
 * - `outdated`: translated from an earlier version of the source;
 * - `missing`: no translation; the source text is shown.
 */
export type TranslationState = 'source' | 'current' | 'outdated' | 'missing';

export interface Localized<T> {
	data: T;
	state: TranslationState;
	/** The language of the words shown: the reader's, or the source's on fallback. */
	contentLocale: string;
	/** Astro content entry whose body is rendered, `<locale>/<name>`. */
	bodyEntry: string;
	/** Project-relative path of the file the words come from. */
	file: string;
	translators: Contributor[];
}

const chapterIndexes = new WeakMap<
	Publication,
	{ sources: Map<string, Publication['chapters'][number]>; translations: Map<string, Publication['translations']['chapters'][number]> }
>();

/** The chapters by slug and their translations by locale and slug, indexed once per publication, so that a lookup costs the same at any size. */
function chapterIndex(publication: Publication) {
	let index = chapterIndexes.get(publication);
	if (!index)
		chapterIndexes.set(
			publication,
			(index = {
				sources: new Map(publication.chapters.map((chapter) => [chapter.name, chapter])),
				translations: new Map(publication.translations.chapters.map((translation) => [`${translation.locale}/${translation.name}`, translation])),
			}),
		);
	return index;
}

function localize<S, T extends { source: string; outdated?: string[] | undefined }, R>(
	publication: Publication,
	locale: string,
	key: SourceKey,
	source: ContentDocument<S>,
	translation: ContentDocument<T> | undefined,
	merge: (source: S, translation: T) => R,
	asIs: (source: S) => R,
	translators: (translation: T) => Contributor[] = () => [],
): Localized<R> {
	const sourceLocale = publication.template.sourceLocale;
	if (locale === sourceLocale || !translation) {
		return {
			data: asIs(source.data),
			state: locale === sourceLocale ? 'source' : 'missing',
			contentLocale: sourceLocale,
			bodyEntry: `${sourceLocale}/${source.name}`,
			file: source.file,
			translators: [],
		};
	}
	return {
		data: merge(source.data, translation.data),
		state: translation.data.source === sourceHash(publication, key) && !translation.data.outdated?.length ? 'current' : 'outdated',
		contentLocale: locale,
		bodyEntry: `${locale}/${source.name}`,
		file: translation.file,
		translators: translators(translation.data),
	};
}

export function localizedChapters(publication: Publication, locale: string): Localized<Chapter>[] {
	return [...publication.chapters]
		.sort((a, b) => a.data.order - b.data.order)
		.map((chapter) =>
			localize(
				publication,
				locale,
				`chapters/${chapter.name}`,
				chapter,
				chapterIndex(publication).translations.get(`${locale}/${chapter.name}`),
				(source, translation) => ({
					...source,
					title: translation.title,
					summary: translation.summary,
					practices: source.practices.map((practice, position) => {
						// The same IDs in the same order, as a rule: the practice at the same place, else the one with the ID.
						const words =
							translation.practices[position]?.id === practice.id ? translation.practices[position] : translation.practices.find((candidate) => candidate.id === practice.id);
						return words ? { ...practice, ...words } : practice;
					}),
				}),
				(source) => source,
				(translation) => translation.translators,
			),
		);
}

export function localizedPage(publication: Publication, locale: string, name: string): Localized<Page> {
	const page = publication.pages.find((candidate) => candidate.name === name);
	if (!page) throw new Error(`No source page ${name}.`);
	const translation = publication.translations.pages.find((candidate) => candidate.locale === locale && candidate.name === name);
	return localize(
		publication,
		locale,
		`pages/${name}`,
		page,
		translation,
		(_source, words) => ({ title: words.title, summary: words.summary }),
		(source) => source,
	);
}

export function localizedGlossary(publication: Publication, locale: string): Localized<Glossary> {
	const glossary = publication.glossary;
	if (!glossary) throw new Error('No source glossary.');
	const translation = publication.translations.glossaries.find((candidate) => candidate.locale === locale);
	return localize(
		publication,
		locale,
		'glossary',
		glossary,
		translation,
		(_source, words) => ({ terms: words.terms }),
		(source) => source,
	);
}

/** The MDX body a reader of this locale gets for a chapter: the translation's, or the source's on fallback. */
export function localizedChapterBody(publication: Publication, locale: string, slug: string): string {
	const index = chapterIndex(publication);
	return (index.translations.get(`${locale}/${slug}`) ?? index.sources.get(slug)!).body;
}
