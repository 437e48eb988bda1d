/**
 * What the content rules need to know about the whole publication, taken
 * from the loaded content: the pages and anchors a link may point to, the
 * practice IDs that exist, the sections every chapter has, and the real
 * institution names and neutral phrases that requirements must write as
 * terms. Pure.
 */
import type { Publication } from '../content/types.ts';
import { outlineBody } from '../markdown/mdx-body.ts';
import { SITE_PAGES } from '../schemas/site-pages.ts';

/** The sections every chapter has, by anchor, in order (see README, "The content model"). */
export const requiredChapterSections = ['why', 'threats', 'adapting'] as const;

/** IDs the page templates give their own parts (src/layouts, src/components, the chapter page); a section may not take them. */
export const reservedAnchors = ['main', 'toc-heading', 'notice-title', 'summary', 'thresholds', 'practices', 'sources', 'contributors', 'translators'] as const;

export interface LintContext {
	sourceLocale: string;
	requiredSections: readonly string[];
	reservedAnchors: readonly string[];
	/** Link targets: each page by file name, with its anchors; undefined when the content could not be loaded. */
	pages: Record<string, string[]> | undefined;
	/** Every practice ID, current or retired. */
	knownPracticeIds: ReadonlySet<string>;
	/** Real institution names, each with the term that stands for it (content/terms.yaml). */
	institutionNames: Array<{ name: string; term: string }>;
	/** The neutral wording of every term, in each locale and form: what a requirement writes only through the term. */
	genericPhrases: GenericPhrase[];
	/** Per locale, the words that contract with a following term, and the form to write instead (content/terms.yaml). */
	termContractions: Record<string, Record<string, string>>;
}

/** A term's neutral value in one locale and form. @example { phrase: "de l'organisme de gestion électorale", locale: 'fr', term: 'emb', form: 'of' } */
export interface GenericPhrase {
	phrase: string;
	locale: string;
	term: string;
	form: string;
}

/** Every default of content/terms.yaml, derived so that the list is never written twice. */
export function genericPhrases(terms: Publication['terms']): GenericPhrase[] {
	return Object.entries(terms?.data.terms ?? {}).flatMap(([term, entry]) =>
		Object.entries(entry.default).flatMap(([locale, forms]) => Object.entries(forms).map(([form, phrase]) => ({ phrase, locale, term, form }))),
	);
}

export function lintContext(publication: Publication | undefined): LintContext {
	const pages: Record<string, string[]> = Object.fromEntries(SITE_PAGES.map((page) => [`${page}.html`, []]));
	const practiceIds = (publication?.chapters ?? []).flatMap((chapter) => chapter.data.practices.map((practice) => practice.id));
	for (const chapter of publication?.chapters ?? []) {
		const sections = outlineBody(chapter.body, chapter.bodyLine).anchors.map((anchor) => anchor.id);
		pages[`${chapter.data.slug}.html`] = [...sections, ...chapter.data.practices.map((practice) => practice.id), 'practices', 'sources', 'contributors'];
	}
	for (const page of publication?.pages ?? []) pages[`${page.name}.html`] = outlineBody(page.body, page.bodyLine).anchors.map((anchor) => anchor.id);
	pages['practices.html'] = practiceIds;
	pages['glossary.html'] = (publication?.glossary?.data.terms ?? []).map((term) => term.id);
	return {
		sourceLocale: publication?.template.sourceLocale ?? 'en',
		requiredSections: requiredChapterSections,
		reservedAnchors,
		pages: publication ? pages : undefined,
		knownPracticeIds: new Set([...practiceIds, ...(publication?.template.retiredPracticeIds ?? []).map((entry) => entry.id)]),
		institutionNames: Object.entries(publication?.terms?.data.terms ?? {}).flatMap(([term, entry]) => entry.names.map((name) => ({ name, term }))),
		genericPhrases: genericPhrases(publication?.terms),
		termContractions: publication?.terms?.data.contractions ?? {},
	};
}
