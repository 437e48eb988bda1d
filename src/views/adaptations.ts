/**
 * What an edition changed, for its Adaptations page: each change beside the
 * base text it replaces, in the reader's locale. The chapters the edition
 * adds, its term values, the practices it adapts and adds, the prose
 * sections it replaces or inserts, and its regional priorities. Pure.
 */
import type { Publication } from '../content/types.ts';
import { sectionText } from '../content/base-elements.ts';
import { editionChapters, editionOf, termsFor, type EditionChapter, type EditionPractice, type PracticeMark, type SectionOverlay } from '../resolve/edition-view.ts';
import { localizedChapterBody } from '../resolve/localize.ts';
import { resolveTerms, termValue } from '../resolve/terms.ts';
import { BASE_EDITION_CODE, type EditionManifest } from '../schemas/edition.ts';

/** The chapter a change is in, as the edition's reader sees it. */
export type ChapterRef = Pick<EditionChapter['data'], 'slug' | 'title'>;

/** A chapter the edition adds. */
export interface OwnChapter extends Pick<EditionChapter['data'], 'slug' | 'code' | 'title'> {
	practiceCount: number;
}

/** A term of the template, with its neutral value and the edition's (the definite form). */
export interface TermChange {
	id: string;
	base: string | undefined;
	edition: string | undefined;
}

/** A base practice the edition adapted: the base text beside the edition's. */
export interface AdaptedPractice {
	chapter: ChapterRef;
	before: EditionPractice;
	after: EditionPractice;
	/** What changed: statement, guidance, tier, points, note, not-applicable. */
	changes: PracticeMark['changes'];
}

/** A practice of the edition in its chapter: one it adds, or one it gives a bonus. */
export interface PracticeInChapter {
	chapter: ChapterRef;
	practice: EditionPractice;
}

/** A prose section the edition replaced or inserted, as Markdown on both sides, terms resolved. */
export interface AdaptedSection {
	chapter: ChapterRef;
	overlay: SectionOverlay;
	/** The base section it replaces, heading included; undefined for an insertion. */
	before: string | undefined;
}

export interface AdaptationsView {
	/** The template's current version. */
	templateVersion: string;
	/** The template version the edition is pinned to. */
	pinned: EditionManifest['template'];
	/** The publisher's name in the reader's locale. */
	publisher: string | undefined;
	/** True when the edition adds and adapts nothing: no chapter, practice or section. */
	unchanged: boolean;
	chapters: OwnChapter[];
	/** Every term the edition gives a value, in the order of its manifest. */
	terms: TermChange[];
	practices: AdaptedPractice[];
	/** Practices the edition adds to base chapters (those of its own chapters are listed with the chapters). */
	added: PracticeInChapter[];
	sections: AdaptedSection[];
	/** The practices that earn bonus points; undefined when the edition names no regional priorities. */
	priorities: PracticeInChapter[] | undefined;
}

const chapterRef = (chapter: EditionChapter): ChapterRef => ({ slug: chapter.data.slug, title: chapter.data.title });

export function adaptationsView(publication: Publication, edition: string, locale: string): AdaptationsView {
	const document = editionOf(publication, edition);
	if (!document) throw new Error(`No edition ${edition} to compare with the base.`);
	const manifest = document.manifest.data;
	const adaptations = document.adaptations.data;
	const chapters = editionChapters(publication, edition, locale);
	const baseTerms = termsFor(publication, BASE_EDITION_CODE, locale);
	const editionTerms = termsFor(publication, edition, locale);
	const basePractices = editionChapters(publication, BASE_EDITION_CODE, locale).flatMap((chapter) => chapter.data.practices);
	const practices = adaptations.practices.map((adaptation): AdaptedPractice => {
		const chapter = chapters.find((candidate) => candidate.data.practices.some((practice) => practice.id === adaptation.practice))!;
		const after = chapter.data.practices.find((practice) => practice.id === adaptation.practice)!;
		return { chapter: chapterRef(chapter), before: basePractices.find((practice) => practice.id === adaptation.practice)!, after, changes: after.mark?.changes ?? [] };
	});
	const own = chapters.filter((chapter) => chapter.own);
	const added = chapters
		.filter((chapter) => !chapter.own)
		.flatMap((chapter) => chapter.data.practices.filter((practice) => practice.mark?.kind === 'added').map((practice) => ({ chapter: chapterRef(chapter), practice })));
	const sections = adaptations.sections.map((section): AdaptedSection => {
		const chapter = chapters.find((candidate) => candidate.data.slug === section.chapter)!;
		const overlay = chapter.sections.find(
			(candidate) => candidate.mode === section.mode && candidate.anchor === section.anchor && (section.mode === 'replace' || candidate.id === section.newAnchor),
		)!;
		const original = section.anchor && section.mode === 'replace' ? sectionText(localizedChapterBody(publication, locale, section.chapter), section.anchor) : undefined;
		return { chapter: chapterRef(chapter), overlay, before: original === undefined ? undefined : resolveTerms(original, baseTerms) };
	});
	return {
		templateVersion: publication.template.version,
		pinned: manifest.template,
		publisher: manifest.publisher.name[locale],
		unchanged: practices.length + added.length + sections.length + own.length === 0,
		chapters: own.map((chapter) => ({ slug: chapter.data.slug, code: chapter.data.code, title: chapter.data.title, practiceCount: chapter.data.practices.length })),
		terms: Object.keys(manifest.terms).map((id) => ({ id, base: termValue(baseTerms, id), edition: termValue(editionTerms, id) })),
		practices,
		added,
		sections,
		priorities:
			manifest.regionalPriorities.length > 0
				? chapters.flatMap((chapter) => chapter.data.practices.filter((practice) => practice.bonus).map((practice) => ({ chapter: chapterRef(chapter), practice })))
				: undefined,
	};
}
