import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { tierIdSchema, tierIds } from './tier.ts';
import { BASE_PRACTICE_ID } from './practice-id.ts';

const percent = z
	.number({ error: 'Write a whole percentage from 0 to 100, without the % sign.' })
	.int({ error: 'Write a whole percentage from 0 to 100, without the % sign.' })
	.min(0, { error: 'Write a whole percentage from 0 to 100, without the % sign.' })
	.max(100, { error: 'Write a whole percentage from 0 to 100, without the % sign.' });

/** One certification tier and the share of applicable credit points it needs. */
export const tierRuleSchema = z.strictObject({
	/** Tier identifier. @example gold */
	id: tierIdSchema,
	/**
	 * Minimum share of the applicable credit points, in whole percent, that a
	 * body must earn to reach this tier (on top of every prerequisite of this tier and those below).
	 * @example 50
	 */
	minPointsPercent: percent,
});

/** A language the template is written or translated in. */
export const localeSchema = z.strictObject({
	/** BCP 47 language tag. @example fr */
	code: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: 'Use a BCP 47 language tag such as en, fr or pt-BR.' }),
	/** The language's own name for itself. @example Français */
	name: z.string().min(1),
	/** Writing direction. @example rtl */
	dir: z.enum(['ltr', 'rtl']).default('ltr'),
});

/** Scoring rules shared by the build, the certification page and the self-assessment tool. */
export const scoringRulesSchema = z.strictObject({
	/**
	 * Share of a credit's points earned when it is answered "partly met", in whole percent.
	 * Prerequisites are gates: partly met counts as not met.
	 * @example 50
	 */
	partialCreditPercent: percent,
	/** The tiers, lowest first, each with its threshold. */
	tiers: z
		.array(tierRuleSchema)
		.length(tierIds.length, { error: `List exactly the tiers ${tierIds.join(', ')}, lowest first.` })
		.refine((tiers) => tiers.every((tier, index) => tier.id === tierIds[index]), {
			error: `List the tiers in this order: ${tierIds.join(', ')}.`,
		})
		.refine((tiers) => tiers.every((tier, index) => index === 0 || tier.minPointsPercent > tiers[index - 1]!.minPointsPercent), {
			error: 'Each tier must need a larger share of points than the tier below it.',
		}),
});

/** A practice ID that was withdrawn. It stays reserved forever: no other practice may take it. */
export const retiredPracticeSchema = z.strictObject({
	/** @example TEC-8 */
	id: z.string().regex(BASE_PRACTICE_ID, { error: 'Write the retired ID as the chapter code, a hyphen and a number, for example TEC-8.' }),
	/** Template version that withdrew it. @example 2.0.0 */
	retiredIn: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'Write the version as MAJOR.MINOR.PATCH, for example 2.0.0.' }),
	/** Why it was withdrawn, and where its substance went. @example Merged into TEC-2. */
	reason: z.string().trim().min(1),
});

/** One published version of the template, and what it changed. */
export const releaseSchema = z.strictObject({
	/** @example 1.0.0 */
	version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'Write the version as MAJOR.MINOR.PATCH, for example 1.0.0.' }),
	/** @example 2026-11-20 */
	date: isoDateSchema,
	/** What changed, in the source language. */
	notes: z.string().trim().min(1),
});

/** `content/template.yaml`: the template's identity, version and scoring rules. */
export const templateMetaSchema = z
	.strictObject({
		/** Semantic version of the template (not of the software). @example 1.0.0 */
		version: z
			.string({ error: 'Write the version as MAJOR.MINOR.PATCH, for example 1.0.0 (a bare 1.0 is read as a number).' })
			.regex(/^\d+\.\d+\.\d+$/, { error: 'Write the version as MAJOR.MINOR.PATCH, for example 1.0.0.' }),
		/** Date this version was released. @example 2026-11-20 */
		released: isoDateSchema,
		/** Date of the last annual review of the whole template. @example 2026-11-02 */
		reviewed: isoDateSchema,
		/** Source language: every other locale is translated from it. @example en */
		sourceLocale: z.string(),
		/** Languages the template is published in, source first. */
		locales: z.array(localeSchema).min(1),
		scoring: scoringRulesSchema,
		/** Practice IDs that were withdrawn; never reused. */
		retiredPracticeIds: z.array(retiredPracticeSchema).default([]),
		/** Every published version, oldest first; editions pin one of them. */
		releases: z
			.array(releaseSchema, { error: 'List the published versions under releases, the current one last.' })
			.min(1, { error: 'List at least the current version under releases.' }),
	})
	.refine((meta) => meta.releases.at(-1)?.version === meta.version, { error: 'The last entry of releases must be the current version.', path: ['releases'] })
	.refine((meta) => meta.locales[0]?.code === meta.sourceLocale, {
		error: 'List the source locale first in `locales`.',
		path: ['locales'],
	});

export type Release = z.output<typeof releaseSchema>;
export type RetiredPractice = z.output<typeof retiredPracticeSchema>;
export type TierRule = z.output<typeof tierRuleSchema>;
export type Locale = z.output<typeof localeSchema>;
export type ScoringRules = z.output<typeof scoringRulesSchema>;
export type TemplateMeta = z.output<typeof templateMetaSchema>;
