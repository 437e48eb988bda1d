/**
 * Who is credited, for the Contributors page: the people and organisations
 * named in chapters' `contributors` (and translations' `translators`), each
 * once, with the chapters they worked on. Pure.
 */
import type { Publication } from '../content/types.ts';
import { editionChapters, editionOf } from '../resolve/edition-view.ts';
import { publishedEditions } from '../resolve/editions.ts';
import type { Contributor } from '../schemas/chapter.ts';
import type { Locale } from '../schemas/template.ts';

export interface CreditedChapter {
	slug: string;
	title: string;
}

export interface Credit extends Contributor {
	chapters: CreditedChapter[];
}

/**
 * One entry per person (the same name and organisation), in the reader's
 * alphabetical order, each with their chapters in the order given.
 */
export function credits(chapters: ReadonlyArray<CreditedChapter & { people: readonly Contributor[] }>, locale: string): Credit[] {
	const byPerson = new Map<string, Credit>();
	for (const chapter of chapters) {
		for (const person of chapter.people) {
			const key = `${person.name}\u0000${person.organisation ?? ''}`;
			const credit = byPerson.get(key) ?? { ...person, chapters: [] };
			if (!credit.chapters.some((known) => known.slug === chapter.slug)) credit.chapters.push({ slug: chapter.slug, title: chapter.title });
			byPerson.set(key, credit);
		}
	}
	const collator = new Intl.Collator(locale);
	return [...byPerson.values()].sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.organisation ?? '', b.organisation ?? ''));
}

/** The translators of one language, with the chapters they translated. */
export interface TranslatorGroup {
	locale: Locale['code'];
	people: Credit[];
}

export interface ContributorsView {
	/** The chapters' authors, each with the chapters they wrote. */
	authors: Credit[];
	/** The people the edition credits for itself, each once, in the reader's order; empty for the base. */
	editionTeam: Contributor[];
	/** Per language the edition is published in besides the source, in the edition's order: those with translators only. */
	translators: TranslatorGroup[];
}

/**
 * Everyone credited in the publication as a reader of this edition and locale
 * sees it. Chapter titles are in the reader's language, also for the chapters
 * another language's translators worked on.
 */
export function contributorsView(publication: Publication, edition: string, locale: string): ContributorsView {
	const chapters = editionChapters(publication, edition, locale);
	const titles = new Map(chapters.map((chapter) => [chapter.data.slug, chapter.data.title]));
	const locales = publishedEditions(publication).find((candidate) => candidate.code === edition)?.locales ?? [];
	const team = editionOf(publication, edition)?.adaptations.data.contributors ?? [];
	return {
		authors: credits(
			chapters.map((chapter) => ({ slug: chapter.data.slug, title: chapter.data.title, people: chapter.data.contributors })),
			locale,
		),
		editionTeam: credits([{ slug: '', title: '', people: team }], locale).map(({ chapters: _none, ...person }) => person),
		translators: locales
			.filter((code) => code !== publication.template.sourceLocale)
			.map((code) => ({
				locale: code,
				people: credits(
					editionChapters(publication, edition, code).map(({ data, translators }) => ({ slug: data.slug, title: titles.get(data.slug) ?? data.title, people: translators })),
					locale,
				),
			}))
			.filter((group) => group.people.length > 0),
	};
}
