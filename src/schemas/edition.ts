import { z } from 'zod';
import { contributorSchema, sourceSchema } from './chapter.ts';
import { localizedTextSchema } from './localized-text.ts';
import { termIdSchema, termValuesSchema } from './terms.ts';
import { tierIdSchema } from './tier.ts';
import { practiceTranslationSchema } from './translation.ts';
import { EDITION_PRACTICE_ID } from './practice-id.ts';
import { checkPracticeClass, practiceClassShape } from './practice.ts';

/** The code of the base template, published as the default edition; no country edition may take it. */
export const BASE_EDITION_CODE = 'base';

/** The base text an adaptation was written against, recorded so drift can be detected and shown. */
export const baseRecordSchema = z.strictObject({
	/** Content hash of the base element (source locale) when the adaptation was written. @example 3f9c0a2b4d6e8f10 */
	hash: z.string().regex(/^[0-9a-f]{16}$/, { error: 'Record the base hash: run npm run editions:accept -- <edition>.' }),
	/** The base text itself (source locale), for the diff shown when it changes. */
	text: z.string(),
});

/** `content/editions/<code>/edition.yaml`. */
export const editionManifestSchema = z.strictObject({
	/** URL segment and ID, lower case. Must not collide with another edition or `base`. @example ca */
	code: z
		.string({ error: 'Give the edition a code.' })
		.regex(/^[a-z][a-z0-9-]{1,15}$/, { error: 'Write the edition code in lower case, 2 to 16 letters, digits or hyphens, for example ca.' }),
	/** ISO 3166-1 alpha-2 country code. @example CA */
	country: z
		.string({ error: 'Give the country as an ISO 3166-1 alpha-2 code such as CA.' })
		.regex(/^[A-Z]{2}$/, { error: 'Give the country as an ISO 3166-1 alpha-2 code such as CA.' }),
	/** The edition's name in each of its locales. */
	name: localizedTextSchema,
	/** Locales the edition publishes, first one the default. @example [en, fr] */
	locales: z.array(z.string()).min(1, { error: 'Publish the edition in at least one locale.' }),
	/** The template version this edition is pinned to. @example 1.0.0 */
	template: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'Pin the template version as MAJOR.MINOR.PATCH, for example 1.0.0.' }),
	/** Who publishes the edition, and how to reach them. */
	publisher: z.strictObject({
		name: localizedTextSchema,
		url: z.url({ protocol: /^https?$/ }).optional(),
		email: z.email().optional(),
	}),
	/**
	 * The edition's value for each term of the template, per locale and form
	 * (every form `forms:` in content/terms.yaml lists for that locale).
	 * @example { emb: { en: { definite: Elections Canada, start: Elections Canada } } }
	 */
	terms: z.record(termIdSchema, termValuesSchema).default({}),
	/** Credits the edition treats as regional priorities: they earn bonus points (LEED-style). */
	regionalPriorities: z
		.array(
			z.strictObject({
				/** @example DAT-5 */
				practice: z.string(),
				/** Extra points, 1 or 2. */
				bonus: z.number().int().min(1).max(2),
				reason: localizedTextSchema,
			}),
		)
		.default([]),
});

/** Words of one practice in one locale: the same fields a translation gives. */
const practiceWordsSchema = practiceTranslationSchema.omit({ id: true });

/** A change to one base practice. */
export const practiceAdaptationSchema = z
	.strictObject({
		/** The base practice. @example INC-1 */
		practice: z.string({ error: 'Name the base practice this adapts, for example INC-1.' }),
		/** A note shown under the practice, for example the national law that implements it. */
		note: localizedTextSchema.optional(),
		/** New wording of the statement. */
		statement: localizedTextSchema.optional(),
		/** Extra implementation guidance for this country, shown after the base steps. */
		guidance: localizedTextSchema.optional(),
		/** A different tier. */
		tier: tierIdSchema.optional(),
		/** Different points (credits only). */
		points: z.number().int().min(1).max(3).optional(),
		/** Not applicable in this country: the reason is required and published. */
		notApplicable: z.strictObject({ reason: localizedTextSchema }, { error: 'Give notApplicable a reason: notApplicable: { reason: { en: … } }.' }).optional(),
		/** Written by npm run editions:accept; absent on a new adaptation until it is recorded. */
		base: baseRecordSchema.optional(),
	})
	.refine((adaptation) => Object.keys(adaptation).some((key) => !['practice', 'base'].includes(key)), {
		error: 'This adaptation changes nothing: add a note, a statement, guidance, a tier, points or notApplicable.',
	});

/** A practice the edition adds. Its ID is namespaced by the edition, so it can never collide with a base ID. */
export const addedPracticeSchema = z
	.strictObject({
		/** `<EDITION>-<CODE>-<n>` in capitals. @example CA-DAT-1 */
		id: z.string().regex(EDITION_PRACTICE_ID, { error: 'Write an edition practice ID as EDITION-CODE-n, for example CA-DAT-1.' }),
		/** The chapter it belongs to, by slug. */
		chapter: z.string(),
		...practiceClassShape,
		/** The words in each of the edition's locales. */
		text: z.record(z.string(), practiceWordsSchema),
	})
	// The template's rules, with the observer question written once per locale.
	.superRefine((added, context) =>
		checkPracticeClass(
			added,
			Object.entries(added.text).map(([locale, words]) => ({ path: ['text', locale, 'question'], written: words.question !== undefined })),
			context,
		),
	);

/** A change to a section of a chapter's prose, by anchor. */
export const sectionAdaptationSchema = z.strictObject({
	/** The chapter, by slug. @example critical-incident-protocol */
	chapter: z.string(),
	/** `replace` the section with this anchor, insert a new section `after` it, or `append` one at the end. */
	mode: z.enum(['replace', 'after', 'append']),
	/** The base section's anchor (for replace and after). @example adapting */
	anchor: z.string().optional(),
	/** The anchor of an inserted or appended section. @example canada-context */
	newAnchor: z
		.string()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
		.optional(),
	/** The section's heading in each locale. */
	title: localizedTextSchema,
	/** The section's text in each locale: Markdown, no HTML. */
	body: localizedTextSchema,
	/** Recorded for replace and after by npm run editions:accept (absent until then); absent for append. */
	base: baseRecordSchema.optional(),
});

/** The lists of `adaptations.yaml` and the schema of their items, validated item by item so that one bad entry never hides another. */
export const adaptationListSchemas = {
	practices: practiceAdaptationSchema,
	added: addedPracticeSchema,
	sections: sectionAdaptationSchema,
} as const;

/** `content/editions/<code>/adaptations.yaml`. */
export const adaptationsSchema = z.strictObject({
	practices: z.array(practiceAdaptationSchema).default([]),
	added: z.array(addedPracticeSchema).default([]),
	sections: z.array(sectionAdaptationSchema).default([]),
	/** Sources the edition adds, per chapter slug. */
	sources: z.record(z.string(), z.array(sourceSchema)).default({}),
	/** People credited for the edition. */
	contributors: z.array(contributorSchema).default([]),
});

export type EditionManifest = z.output<typeof editionManifestSchema>;
export type BaseRecord = z.output<typeof baseRecordSchema>;
export type PracticeAdaptation = z.output<typeof practiceAdaptationSchema>;
export type AddedPractice = z.output<typeof addedPracticeSchema>;
export type SectionAdaptation = z.output<typeof sectionAdaptationSchema>;
export type Adaptations = z.output<typeof adaptationsSchema>;
