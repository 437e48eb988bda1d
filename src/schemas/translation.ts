import { z } from 'zod';
import { contributorSchema } from './chapter.ts';
import { glossaryTermSchema } from './glossary.ts';

const text = (what: string) =>
	z
		.string({ error: `Translate the ${what}.` })
		.trim()
		.min(1, { error: `Translate the ${what}; it is empty.` });

/**
 * The content hash of the source text this translation was made from.
 * Written by `npm run l10n:stamp` or `npm run l10n:import`; never by hand.
 * @example 9c2f0a4b7d1e3f65
 */
export const sourceHashSchema = z
	.string({ error: 'Record the source hash: run npm run l10n:stamp -- <locale> <file> once the translation matches the source.' })
	.regex(/^[0-9a-f]{16}$/, { error: 'The source hash must be 16 hexadecimal characters; run npm run l10n:stamp -- <locale> <file> to record it.' });

/**
 * The segments of this translation still to review against the source that
 * `source` records: each was translated from an earlier English text, and no
 * translator has yet changed it or marked it reviewed. Written by
 * `npm run l10n:import`, cleared by `npm run l10n:stamp`; never by hand.
 * @example [chapters/governance-and-annual-review/practices/GOV-1/statement]
 */
export const outdatedSegmentsSchema = z
	.array(z.string().regex(/^[a-z0-9/._-]+$/i, { error: 'Write each outdated segment as its kit ID, for example chapters/<slug>/title.' }))
	.optional();

/** The translated words of one practice. Structure (tier, kind, points…) comes from the source. */
export const practiceTranslationSchema = z.strictObject({
	/** Same ID as the source practice; never translated. @example INC-3 */
	id: z.string({ error: 'Give the ID of the source practice this translates.' }),
	title: text('practice title'),
	statement: text('statement'),
	rationale: text('rationale'),
	/** Same number of steps as the source, in the same order. */
	implementation: z.array(text('implementation step')),
	/** Same number of items as the source, in the same order. */
	evidence: z.array(text('evidence item')),
	/** The observer question, exactly when the source practice has one (observable practices). @example La vidéo enregistre-t-elle le dépouillement ? */
	question: text('observer question').optional(),
});

/** Frontmatter of `content/chapters/<locale>/<slug>.mdx` for a locale other than the source. */
export const chapterTranslationSchema = z.strictObject({
	source: sourceHashSchema,
	outdated: outdatedSegmentsSchema,
	title: text('chapter title'),
	summary: text('chapter summary'),
	/** People who translated this chapter, credited on the page. */
	translators: z.array(contributorSchema).default([]),
	practices: z.array(practiceTranslationSchema).default([]),
});

/** Frontmatter of a translated prose page. */
export const pageTranslationSchema = z.strictObject({
	source: sourceHashSchema,
	outdated: outdatedSegmentsSchema,
	title: text('page title'),
	summary: text('page summary'),
});

/** `content/glossary/<locale>.yaml` for a locale other than the source. */
export const glossaryTranslationSchema = z.strictObject({
	source: sourceHashSchema,
	outdated: outdatedSegmentsSchema,
	terms: z.array(glossaryTermSchema).min(1),
});

export type PracticeTranslation = z.output<typeof practiceTranslationSchema>;
export type ChapterTranslation = z.output<typeof chapterTranslationSchema>;
export type PageTranslation = z.output<typeof pageTranslationSchema>;
export type GlossaryTranslation = z.output<typeof glossaryTranslationSchema>;
