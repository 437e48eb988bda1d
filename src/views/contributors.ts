/**
 * Who is credited, for the Contributors page: the people and organisations
 * named in chapters' `contributors` (and translations' `translators`), each
 * once, with the chapters they worked on. Pure.
 */
import type { Contributor } from '../schemas/chapter.ts';

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
