/**
 * What the MDX components of a page (`<Term>`, and the `<Section>` that
 * wraps each h2 section) need from the page that renders the body: the term
 * values of its edition and locale, and the chapter as the edition has it.
 * The component that renders a body sets it on `Astro.locals` first
 * (`ChapterBody.astro`, `ProsePage.astro`); Astro shares locals across every
 * component of one page.
 */
import type { EditionChapter } from '../resolve/edition-view.ts';
import type { TermTable } from '../resolve/terms.ts';
import type { PageContext } from './page-context.ts';

export interface Reading {
	context: PageContext;
	/** The language of the words of a prose page's body: the reader's, or the source's on fallback. */
	proseLocale: string;
	/**
	 * The chapters whose bodies the page renders, by slug: one on a chapter
	 * page, every one in a printed document (rendered concurrently, hence a
	 * map, never a "current" chapter), none on a prose page.
	 */
	chapters: Map<string, EditionChapter>;
}

declare global {
	namespace App {
		interface Locals {
			reading?: Reading;
		}
	}
}

export function readingOf(locals: App.Locals): Reading {
	if (!locals.reading) throw new Error('An MDX body was rendered without its reading context: render it through ChapterBody or ProsePage.');
	return locals.reading;
}

/** Before rendering a body: the page's context, and the chapter it is (or the language of a prose page's words). */
export function startReading(locals: App.Locals, context: PageContext, body: { chapter: EditionChapter } | { proseLocale: string }): void {
	locals.reading ??= { context, proseLocale: context.locale, chapters: new Map() };
	if ('chapter' in body) locals.reading.chapters.set(body.chapter.data.slug, body.chapter);
	else locals.reading.proseLocale = body.proseLocale;
}

/**
 * The term values a body shows: of the page's edition, in the language its
 * words are in (the source's, on fallback, so that English text says the
 * English name). `chapter` is the slug the body's `<Term>` carries.
 */
export function termsOf(reading: Reading, chapter: string): TermTable {
	return reading.context.termsIn(reading.chapters.get(chapter)?.contentLocale ?? reading.proseLocale);
}
