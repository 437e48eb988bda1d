/**
 * The one overlay: what a reader of one edition in one locale sees. The
 * localized base chapters with the edition's adaptations applied (practices
 * changed, added and marked; prose sections replaced, inserted or appended,
 * in the order the page shows them), the edition's own chapters, and every
 * term resolved. It returns a model, never HTML: the pages, the table of
 * contents, search, exports, PDFs, the self-assessment and observer data,
 * the adaptations page and the root index all read it, and
 * `validate-edition-view.ts` checks it after the overlay is applied.
 * Resolved once per publication, edition and locale.
 */
import type { Publication } from '../content/types.ts';
import { localizedChapterBody, localizedChapters, type Localized } from './localize.ts';
import { outlineBody } from '../markdown/mdx-body.ts';
import type { Chapter, Source } from '../schemas/chapter.ts';
import type { AddedPractice, PracticeAdaptation, SectionAdaptation } from '../schemas/edition.ts';
import type { Practice } from '../schemas/practice.ts';
import { BASE_EDITION_CODE } from '../schemas/edition.ts';
import type { EditionDocument } from '../content/types.ts';
import { resolveTerms, termValues, type TermTable } from './terms.ts';

export interface PracticeMark {
	/** `adapted`: a base practice the edition changed or annotated; `added`: the edition's own. */
	kind: 'adapted' | 'added';
	/** What changed: statement, guidance, tier, points, note, not-applicable. */
	changes: string[];
	/** The anchor of the adaptations page that explains the mark: the practice's comparison, or the edition's own chapter. */
	anchor: string;
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

/** A prose section of a chapter as the edition's page shows it, in page order. */
export interface OutlineSection {
	/** The anchor it has on the page. */
	id: string;
	/** Its heading, as plain text. */
	title: string;
	/** The edition's section; undefined for a base section the edition kept. */
	overlay: SectionOverlay | undefined;
}

export interface EditionChapter extends Localized<Omit<Chapter, 'practices'> & { practices: EditionPractice[] }> {
	/** The edition's section changes, in the order adaptations.yaml gives them. */
	sections: SectionOverlay[];
	/** Every h2 section of the page, base and edition, in page order: what the body and the table of contents follow. */
	outline: OutlineSection[];
	extraSources: Source[];
	/** The Astro collection that holds the body: base chapters, or an edition's own. */
	collection: 'chapters' | 'editionChapters';
	/** True for a chapter the edition adds. */
	own: boolean;
}

export function editionOf(publication: Publication, code: string): EditionDocument | undefined {
	return code === BASE_EDITION_CODE ? undefined : publication.editions.find((edition) => edition.manifest.data.code === code);
}

const termTables = new WeakMap<Publication, Map<string, TermTable>>();

/** The term values of an edition in a locale, computed once per publication: every `<Term>` of every page asks for them. */
export function termsFor(publication: Publication, code: string, locale: string): TermTable {
	let tables = termTables.get(publication);
	if (!tables) termTables.set(publication, (tables = new Map()));
	const key = `${code}/${locale}`;
	let table = tables.get(key);
	if (!table) tables.set(key, (table = termValues(publication.terms?.data, editionOf(publication, code)?.manifest.data.terms ?? {}, locale)));
	return table;
}

/** The sections of a chapter in page order: the base ones (from the body the reader gets), with the edition's replaced, inserted after, or appended. */
export function chapterOutline(base: ReadonlyArray<{ id: string; title: string }>, overlays: readonly SectionOverlay[]): OutlineSection[] {
	const outline: OutlineSection[] = base.map((section) => ({ ...section, overlay: undefined }));
	for (const overlay of overlays) {
		const item = { id: overlay.id, title: overlay.title, overlay };
		const at = overlay.anchor === undefined ? -1 : outline.findIndex((candidate) => candidate.id === overlay.anchor && !candidate.overlay);
		if (overlay.mode === 'replace' && at !== -1) outline[at] = item;
		else if (overlay.mode === 'after' && at !== -1) outline.splice(at + 1, 0, item);
		else outline.push(item);
	}
	return outline;
}

function resolvePractice<P extends EditionPractice>(practice: P, terms: TermTable): P {
	const resolve = (text: string) => resolveTerms(text, terms);
	return {
		...practice,
		title: resolve(practice.title),
		statement: resolve(practice.statement),
		rationale: resolve(practice.rationale),
		implementation: practice.implementation.map(resolve),
		evidence: practice.evidence.map(resolve),
		...(practice.question !== undefined ? { question: resolve(practice.question) } : {}),
		...(practice.mark
			? {
					mark: {
						...practice.mark,
						...(practice.mark.note !== undefined ? { note: resolve(practice.mark.note) } : {}),
						...(practice.mark.guidance !== undefined ? { guidance: resolve(practice.mark.guidance) } : {}),
						...(practice.mark.notApplicable !== undefined ? { notApplicable: resolve(practice.mark.notApplicable) } : {}),
					},
				}
			: {}),
		...(practice.bonusReason !== undefined ? { bonusReason: resolve(practice.bonusReason) } : {}),
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
	adapted.mark = {
		kind: 'adapted',
		changes,
		anchor: `practice-${practice.id}`,
		notApplicable: adaptation.notApplicable?.reason[locale],
		note: adaptation.note?.[locale],
		guidance: adaptation.guidance?.[locale],
	};
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
		mark: { kind: 'added', changes: ['added'], anchor: `practice-${practice.id}` },
	};
}

const resolved = new WeakMap<Publication, Map<string, EditionChapter[]>>();

/** The chapters of an edition in a locale, resolved once per publication. */
export function editionChapters(publication: Publication, code: string, locale: string): EditionChapter[] {
	let editions = resolved.get(publication);
	if (!editions) resolved.set(publication, (editions = new Map()));
	const key = `${code}/${locale}`;
	let chapters = editions.get(key);
	if (!chapters) editions.set(key, (chapters = resolveEditionChapters(publication, code, locale)));
	return chapters;
}

function resolveEditionChapters(publication: Publication, code: string, locale: string): EditionChapter[] {
	const edition = editionOf(publication, code);
	const pageTerms = termsFor(publication, code, locale);
	const adaptations = edition?.adaptations.data;
	// Indexed once per edition and locale, so that each practice finds its adaptation and priority at the same cost at any size.
	// Reversed, so that the first of two for one practice wins, as a find would.
	const practiceAdaptations = new Map([...(adaptations?.practices ?? [])].reverse().map((candidate) => [candidate.practice, candidate]));
	const priorities = new Map([...(edition?.manifest.data.regionalPriorities ?? [])].reverse().map((candidate) => [candidate.practice, candidate]));
	const base = localizedChapters(publication, locale).map((chapter): EditionChapter => {
		const slug = chapter.data.slug;
		// On fallback the words are the source's, and so are the names in them.
		const terms = chapter.contentLocale === locale ? pageTerms : termsFor(publication, code, chapter.contentLocale);
		const practices: EditionPractice[] = [
			...chapter.data.practices.map((practice) => adapt(practice, practiceAdaptations.get(practice.id), locale)),
			...(adaptations?.added.filter((candidate) => candidate.chapter === slug).map((candidate) => added(candidate, locale)) ?? []),
		].map((practice) => {
			const priority = priorities.get(practice.id);
			return resolvePractice(priority ? { ...practice, bonus: priority.bonus, bonusReason: priority.reason[locale] } : practice, terms);
		});
		const sections = (adaptations?.sections ?? [])
			.filter((section) => section.chapter === slug)
			.map((section) => ({
				mode: section.mode,
				anchor: section.anchor,
				id: section.mode === 'replace' ? section.anchor! : section.newAnchor!,
				title: resolveTerms(section.title[locale] ?? '', pageTerms),
				markdown: resolveTerms(section.body[locale] ?? '', pageTerms),
			}));
		const baseSections = outlineBody(localizedChapterBody(publication, locale, slug), 1)
			.anchors.filter((anchor) => anchor.depth === 2)
			.map((anchor) => ({ id: anchor.id, title: anchor.text }));
		return {
			...chapter,
			data: { ...chapter.data, title: resolveTerms(chapter.data.title, terms), summary: resolveTerms(chapter.data.summary, terms), practices },
			sections,
			outline: chapterOutline(baseSections, sections),
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
				title: resolveTerms(chapter.data.title, pageTerms),
				summary: resolveTerms(chapter.data.summary, pageTerms),
				practices: chapter.data.practices.map((practice) => ({
					...resolvePractice(practice, pageTerms),
					mark: { kind: 'added' as const, changes: ['added'], anchor: `chapter-${chapter.data.slug}` },
				})),
			},
			state: 'current' as const,
			contentLocale: locale,
			bodyEntry: `${edition!.folder}/chapters/${locale}/${chapter.name}`,
			file: chapter.file,
			translators: [],
			sections: [],
			outline: outlineBody(chapter.body, chapter.bodyLine)
				.anchors.filter((anchor) => anchor.depth === 2)
				.map((anchor) => ({ id: anchor.id, title: anchor.text, overlay: undefined })),
			extraSources: [],
			collection: 'editionChapters' as const,
			own: true,
		}));
	return [...base, ...own].sort((a, b) => a.data.order - b.data.order);
}
