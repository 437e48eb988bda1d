import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { languageTagSchema } from './language-tag.ts';
import { pillarIdSchema } from './pillar.ts';
import { practiceSchema } from './practice.ts';
import { CHAPTER_CODE } from './practice-id.ts';

/** A person or organization credited on a chapter. */
export const contributorSchema = z.strictObject({
	/** @example Jane Doe */
	name: z.string({ error: 'Give the contributor a name.' }).trim().min(1),
	/** @example Elections Observatory */
	organisation: z.string().trim().min(1).optional(),
	/** The language the name and organisation are written in, if not that of the file (BCP 47). @example en */
	lang: languageTagSchema.optional(),
});

/** A publication a chapter relies on. Cite, never copy. */
export const sourceSchema = z.strictObject({
	/** @example Cabinet Directive on the Critical Election Incident Public Protocol */
	title: z.string({ error: 'Every source needs a title.' }).trim().min(1, { error: 'Every source needs a title; this one is empty.' }),
	/** @example Government of Canada */
	publisher: z.string({ error: 'Every source needs a publisher.' }).trim().min(1),
	/** @example 2019 */
	year: z.number({ error: 'Give the year of publication as a number, for example 2019.' }).int().min(1900).max(2100),
	/** @example https://www.canada.ca/en/democratic-institutions.html */
	url: z.url({ protocol: /^https?$/, error: 'Give the source URL as a full http(s) address.' }).optional(),
	/** The language of the title and publisher as written here (BCP 47); English when not given. @example fr */
	lang: languageTagSchema.optional(),
});

/** Frontmatter of one chapter file `content/chapters/<locale>/<slug>.mdx`. */
export const chapterSchema = z.strictObject({
	/** Stable, kebab-case slug; also the page name. @example critical-incident-protocol */
	slug: z.string({ error: 'Give the chapter a slug.' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Write the slug in kebab-case, for example critical-incident-protocol.' }),
	/**
	 * Short code, 2 to 4 capital letters, prefix of every practice ID. An
	 * edition's own chapter puts the edition's code in front. @example INC
	 */
	code: z
		.string({ error: 'Give the chapter a short code such as INC.' })
		.regex(CHAPTER_CODE, { error: "Write the chapter code as 2 to 4 capital letters, for example INC (in an edition's own chapter: CA-LOC)." }),
	/** Position in the template, from 1. @example 7 */
	order: z.number({ error: 'Give the chapter an order number.' }).int().min(1),
	/** @example Critical incident public protocol */
	title: z.string({ error: 'Give the chapter a title.' }).trim().min(1),
	/** One or two sentences. */
	summary: z.string({ error: 'Give the chapter a summary.' }).trim().min(1),
	/** @example respond */
	pillar: pillarIdSchema,
	/** @example stable */
	status: z.enum(['draft', 'stable', 'deprecated'], { error: 'Set status to draft, stable or deprecated.' }),
	/** Date of the last review of this chapter. @example 2026-11-02 */
	reviewed: isoDateSchema,
	contributors: z.array(contributorSchema).min(1, { error: 'Credit at least one contributor.' }),
	sources: z.array(sourceSchema).default([]),
	practices: z.array(practiceSchema).min(1, { error: 'A chapter needs at least one practice.' }),
});

export type Contributor = z.output<typeof contributorSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Chapter = z.output<typeof chapterSchema>;
