/**
 * Certification scoring: the one implementation of the tier rules.
 *
 * Pure: no DOM, no fs, no clock. The self-assessment's page data
 * (`src/assessment/page-data.ts`), its in-browser script (bundled with this
 * module, never a copy) and the tests call it, so the rules cannot drift
 * between them. The thresholds come from `content/template.yaml`; the
 * certification page shows them from there.
 *
 * Rules (LEED-like):
 * - prerequisites are gates: a tier needs every prerequisite of its own tier
 *   and of every tier below it; "partly met" does not open a gate;
 * - credits earn points: "met" earns all, "partly met" earns
 *   `partialCreditPercent` of them, anything else earns none;
 * - a tier also needs `minPointsPercent` of the applicable credit points;
 * - a regional-priority credit (set by an edition) earns its `bonus` points
 *   on top, like LEED's regional priority credits: they add to the points
 *   earned but not to the points applicable;
 * - "not applicable" removes a practice from both the gates and the denominator;
 * - an unanswered practice counts as not met.
 *
 * Arithmetic is done in hundredths of a point with integers, so that a
 * threshold met exactly is met, with no floating-point surprises.
 */
import type { AnswerSet } from '../schemas/answer.ts';
import type { Practice } from '../schemas/practice.ts';
import type { ScoringRules } from '../schemas/template.ts';
import type { TierId } from '../schemas/tier.ts';

/** What scoring needs to know of a practice, plus the chapter it belongs to. */
export type ScorablePractice = Pick<Practice, 'id' | 'tier' | 'kind' | 'points'> & { chapter: string; bonus?: number };

export interface PointsTally {
	/** Points earned, in points (may be fractional when credits are partly met). */
	earned: number;
	/** Credit points of the practices that apply. */
	applicable: number;
}

export interface TierStanding {
	tier: TierId;
	minPointsPercent: number;
	/** IDs of the prerequisites this tier needs (its own and those of lower tiers) that are not met, in template order. */
	missingPrerequisites: string[];
	/** Number of prerequisites that apply to this tier, cumulatively. */
	prerequisitesApplicable: number;
	/** Points still needed to reach the threshold; 0 when it is met. */
	pointsNeeded: number;
	reached: boolean;
}

export interface ChapterProgress extends PointsTally {
	chapter: string;
	prerequisitesMet: number;
	prerequisitesApplicable: number;
	answered: number;
	practices: number;
}

export interface ScoreResult {
	points: PointsTally;
	/** One standing per tier, lowest first. */
	tiers: TierStanding[];
	/** The highest tier reached, or null. */
	reached: TierId | null;
	/** The lowest tier not yet reached, or null when the top tier is reached. */
	next: TierStanding | null;
	/** Progress per chapter, in the order chapters first appear in the practice list. */
	chapters: ChapterProgress[];
	/** Answers whose practice ID is not in the list; they are ignored. */
	unknownAnswers: string[];
}

const HUNDRED = 100;

function earnedHundredths(practice: ScorablePractice, answers: AnswerSet, rules: ScoringRules): number {
	const status = answers[practice.id]?.status;
	const points = (practice.points ?? 0) + (practice.bonus ?? 0);
	if (status === 'met') return points * HUNDRED;
	if (status === 'partly-met') return points * rules.partialCreditPercent;
	return 0;
}

function isApplicable(practice: ScorablePractice, answers: AnswerSet): boolean {
	return answers[practice.id]?.status !== 'not-applicable';
}

/** Score a set of answers against the practices of one edition. */
export function score(practices: readonly ScorablePractice[], answers: AnswerSet, rules: ScoringRules): ScoreResult {
	const tierOrder = rules.tiers.map((tier) => tier.id);
	const rankOf = (tier: TierId) => tierOrder.indexOf(tier);

	let earned = 0;
	let applicable = 0;
	const chapters = new Map<string, ChapterProgress>();

	for (const practice of practices) {
		let progress = chapters.get(practice.chapter);
		if (!progress) {
			progress = { chapter: practice.chapter, earned: 0, applicable: 0, prerequisitesMet: 0, prerequisitesApplicable: 0, answered: 0, practices: 0 };
			chapters.set(practice.chapter, progress);
		}
		progress.practices += 1;
		if (answers[practice.id]) progress.answered += 1;
		if (!isApplicable(practice, answers)) continue;
		if (practice.kind === 'credit') {
			const gained = earnedHundredths(practice, answers, rules);
			earned += gained;
			applicable += (practice.points ?? 0) * HUNDRED;
			progress.earned += gained / HUNDRED;
			progress.applicable += practice.points ?? 0;
		} else {
			progress.prerequisitesApplicable += 1;
			if (answers[practice.id]?.status === 'met') progress.prerequisitesMet += 1;
		}
	}

	const tiers: TierStanding[] = rules.tiers.map((rule) => {
		const gates = practices.filter((practice) => practice.kind === 'prerequisite' && rankOf(practice.tier) <= rankOf(rule.id) && isApplicable(practice, answers));
		const missingPrerequisites = gates.filter((practice) => answers[practice.id]?.status !== 'met').map((practice) => practice.id);
		// Compare earned/applicable >= min/100 as earned*100 >= min*applicable (all integers in hundredths).
		const shortfall = rule.minPointsPercent * applicable - earned * HUNDRED;
		const pointsNeeded = shortfall > 0 ? Math.ceil(shortfall / HUNDRED) / HUNDRED : 0;
		return {
			tier: rule.id,
			minPointsPercent: rule.minPointsPercent,
			missingPrerequisites,
			prerequisitesApplicable: gates.length,
			pointsNeeded,
			reached: missingPrerequisites.length === 0 && shortfall <= 0,
		};
	});

	let reached: TierId | null = null;
	let next: TierStanding | null = null;
	for (const standing of tiers) {
		if (!standing.reached) {
			next = standing;
			break;
		}
		reached = standing.tier;
	}

	const known = new Set(practices.map((practice) => practice.id));
	return {
		points: { earned: earned / HUNDRED, applicable: applicable / HUNDRED },
		tiers,
		reached,
		next,
		chapters: [...chapters.values()],
		unknownAnswers: Object.keys(answers).filter((id) => !known.has(id)),
	};
}
