/**
 * What a reader of one edition in one locale sees: the localized base
 * chapters with the edition's adaptations applied, terms resolved, and each
 * change marked so the page can badge it and link to the comparison.
 */
import type { Publication } from '../content/types.ts';
import { localizedChapters, type Localized } from './localize.ts';
import type { Chapter, Source } from '../schemas/chapter.ts';
import type { AddedPractice, PracticeAdaptation, SectionAdaptation } from '../schemas/edition.ts';
import type { Practice } from '../schemas/practice.ts';
import { BASE_EDITION_CODE } from '../schemas/edition.ts';
import type { EditionDocument } from '../content/types.ts';
import { resolveTerms, termValues } from './terms.ts';

export interface PracticeMark {
	/** `adapted`: a base practice the edition changed or annotated; `added`: the edition's own. */
	kind: 'adapted' | 'added';
	/** What changed: statement, guidance, tier, points, note, not-applicable. */
	changes: string[];
	notApplicable?: string;
	note?: string;
	guidance?: string;
}

export type EditionPractice = Practice & { mark?: PracticeMark; bonus?: number; bonusReason?: string };

export interface SectionOverlay {
	mode: SectionAdaptation['mode'];
	/** The base anchor it replaces or follows. */
	anchor: string | undefined;
	/** The anchor the section has on the page. */
	id: string;
	title: string;
	/** Markdown, terms resolved. */
	markdown: string;
}

export interface EditionChapter extends Localized<Omit<Chapter, 'practices'> & { practices: EditionPractice[] }> {
	sections: SectionOverlay[];
	extraSources: Source[];
	/** The Astro collection that holds the body: base chapters, or an edition's own. */
	collection: 'chapters' | 'editionChapters';
	/** True for a chapter the edition adds. */
	own: boolean;
}

export function editionOf(publication: Publication, code: string): EditionDocument | undefined {
	return code === BASE_EDITION_CODE ? undefined : publication.editions.find((edition) => edition.manifest.data.code === code);
}

export function termsFor(publication: Publication, code: string, locale: string): Map<string, string> {
	return termValues(publication.terms?.data, editionOf(publication, code)?.manifest.data.terms ?? {}, locale);
}

function resolvePractice<P extends Practice>(practice: P, terms: ReadonlyMap<string, string>): P {
	const resolve = (text: string) => resolveTerms(text, terms);
	return {
		...practice,
		title: resolve(practice.title),
		statement: resolve(practice.statement),
		rationale: resolve(practice.rationale),
		implementation: practice.implementation.map(resolve),
		evidence: practice.evidence.map(resolve),
		...(practice.question !== undefined ? { question: resolve(practice.question) } : {}),
	};
}

function adapt(practice: Practice, adaptation: PracticeAdaptation | undefined, locale: string): EditionPractice {
	if (!adaptation) return practice;
	const changes: string[] = [];
	const adapted: EditionPractice = { ...practice };
	if (adaptation.statement?.[locale]) {
		adapted.statement = adaptation.statement[locale]!;
		changes.push('statement');
	}
	if (adaptation.tier && adaptation.tier !== practice.tier) {
		adapted.tier = adaptation.tier;
		changes.push('tier');
	}
	if (adaptation.points !== undefined && adaptation.points !== practice.points) {
		adapted.points = adaptation.points;
		changes.push('points');
	}
	if (adaptation.guidance) changes.push('guidance');
	if (adaptation.note) changes.push('note');
	if (adaptation.notApplicable) changes.push('not-applicable');
	adapted.mark = { kind: 'adapted', changes, notApplicable: adaptation.notApplicable?.reason[locale], note: adaptation.note?.[locale], guidance: adaptation.guidance?.[locale] };
	return adapted;
}

function added(practice: AddedPractice, locale: string): EditionPractice {
	const words = practice.text[locale]!;
	return {
		id: practice.id,
		tier: practice.tier,
		kind: practice.kind,
		points: practice.points,
		observable: practice.observable,
		tags: practice.tags,
		...words,
		mark: { kind: 'added', changes: ['added'] },
	};
}

export function editionChapters(publication: Publication, code: string, locale: string): EditionChapter[] {
	const edition = editionOf(publication, code);
	const terms = termsFor(publication, code, locale);
	const adaptations = edition?.adaptations.data;
	const priorities = edition?.manifest.data.regionalPriorities ?? [];
	const base = localizedChapters(publication, locale).map((chapter): EditionChapter => {
		const slug = chapter.data.slug;
		const practices: EditionPractice[] = [
			...chapter.data.practices.map((practice) =>
				adapt(
					practice,
					adaptations?.practices.find((candidate) => candidate.practice === practice.id),
					locale,
				),
			),
			...(adaptations?.added.filter((candidate) => candidate.chapter === slug).map((candidate) => added(candidate, locale)) ?? []),
		].map((practice) => {
			const priority = priorities.find((candidate) => candidate.practice === practice.id);
			const resolved = resolvePractice(practice, terms);
			return priority ? { ...resolved, bonus: priority.bonus, bonusReason: priority.reason[locale] } : resolved;
		});
		const sections = (adaptations?.sections ?? [])
			.filter((section) => section.chapter === slug)
			.map((section) => ({
				mode: section.mode,
				anchor: section.anchor,
				id: section.mode === 'replace' ? section.anchor! : section.newAnchor!,
				title: resolveTerms(section.title[locale] ?? '', terms),
				markdown: resolveTerms(section.body[locale] ?? '', terms),
			}));
		return {
			...chapter,
			data: { ...chapter.data, title: resolveTerms(chapter.data.title, terms), summary: resolveTerms(chapter.data.summary, terms), practices },
			sections,
			extraSources: adaptations?.sources[slug] ?? [],
			collection: 'chapters' as const,
			own: false,
		};
	});
	const own: EditionChapter[] = (edition?.chapters ?? [])
		.filter((chapter) => chapter.locale === locale)
		.map((chapter) => ({
			data: {
				...chapter.data,
				title: resolveTerms(chapter.data.title, terms),
				summary: resolveTerms(chapter.data.summary, terms),
				practices: chapter.data.practices.map((practice) => ({ ...resolvePractice(practice, terms), mark: { kind: 'added' as const, changes: ['added'] } })),
			},
			state: 'current' as const,
			contentLocale: locale,
			bodyEntry: `${edition!.folder}/chapters/${locale}/${chapter.name}`,
			file: chapter.file,
			translators: [],
			sections: [],
			extraSources: [],
			collection: 'editionChapters' as const,
			own: true,
		}));
	return [...base, ...own].sort((a, b) => a.data.order - b.data.order);
}
