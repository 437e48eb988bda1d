import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '../../src/schemas/answer.ts';
import { answerSchema } from '../../src/schemas/answer.ts';
import type { ScoringRules } from '../../src/schemas/template.ts';
import { score, type ScorablePractice } from '../../src/scoring/score.ts';

const rules: ScoringRules = {
	partialCreditPercent: 50,
	tiers: [
		{ id: 'silver', minPointsPercent: 20 },
		{ id: 'gold', minPointsPercent: 50 },
		{ id: 'platinum', minPointsPercent: 80 },
	],
};

// 2 silver gates, 1 gold gate, 1 platinum gate; credits worth 10 points in all.
const practices: ScorablePractice[] = [
	{ id: 'AAA-1', chapter: 'AAA', tier: 'silver', kind: 'prerequisite', points: undefined },
	{ id: 'AAA-2', chapter: 'AAA', tier: 'silver', kind: 'prerequisite', points: undefined },
	{ id: 'AAA-3', chapter: 'AAA', tier: 'silver', kind: 'credit', points: 2 },
	{ id: 'BBB-1', chapter: 'BBB', tier: 'gold', kind: 'prerequisite', points: undefined },
	{ id: 'BBB-2', chapter: 'BBB', tier: 'gold', kind: 'credit', points: 3 },
	{ id: 'BBB-3', chapter: 'BBB', tier: 'platinum', kind: 'prerequisite', points: undefined },
	{ id: 'BBB-4', chapter: 'BBB', tier: 'platinum', kind: 'credit', points: 3 },
	{ id: 'BBB-5', chapter: 'BBB', tier: 'gold', kind: 'credit', points: 2 },
];

const met = (...ids: string[]): AnswerSet => Object.fromEntries(ids.map((id) => [id, { status: 'met' as const }]));
const silverGates = met('AAA-1', 'AAA-2');

describe('score', () => {
	it('reaches nothing when nothing is answered, and lists the missing gates first', () => {
		const result = score(practices, {}, rules);
		expect(result.reached).toBeNull();
		expect(result.next?.tier).toBe('silver');
		expect(result.next?.missingPrerequisites).toEqual(['AAA-1', 'AAA-2']);
		expect(result.next?.pointsNeeded).toBe(2);
		expect(result.points).toEqual({ earned: 0, applicable: 10 });
	});

	it('reaches a tier when the share of points is met exactly', () => {
		// 2 of 10 points is exactly the 20 % Silver needs.
		const result = score(practices, { ...silverGates, ...met('AAA-3') }, rules);
		expect(result.reached).toBe('silver');
		expect(result.tiers[0]).toMatchObject({ tier: 'silver', reached: true, pointsNeeded: 0 });
	});

	it('stays below a tier one hundredth short of the threshold', () => {
		const nearly: ScoringRules = { ...rules, partialCreditPercent: 99 };
		// 2 points partly met at 99 % earns 1.98 of 10: short of 20 %.
		const result = score(practices, { ...silverGates, 'AAA-3': { status: 'partly-met' } }, nearly);
		expect(result.reached).toBeNull();
		expect(result.next).toMatchObject({ tier: 'silver', missingPrerequisites: [], pointsNeeded: 0.02 });
	});

	it('does not open a gate with a partly met prerequisite', () => {
		const result = score(practices, { ...met('AAA-1', 'AAA-3', 'BBB-2', 'BBB-4', 'BBB-5'), 'AAA-2': { status: 'partly-met' } }, rules);
		expect(result.reached).toBeNull();
		expect(result.next?.missingPrerequisites).toEqual(['AAA-2']);
	});

	it('never awards a tier whose lower-tier gates are open, however many points are earned', () => {
		const result = score(practices, met('AAA-1', 'BBB-1', 'BBB-3', 'AAA-3', 'BBB-2', 'BBB-4', 'BBB-5'), rules);
		expect(result.reached).toBeNull();
		expect(result.tiers.map((tier) => tier.missingPrerequisites)).toEqual([['AAA-2'], ['AAA-2'], ['AAA-2']]);
	});

	it('counts half the points of a partly met credit', () => {
		const result = score(practices, { ...silverGates, 'BBB-2': { status: 'partly-met' } }, rules);
		expect(result.points.earned).toBe(1.5);
	});

	it('removes a not-applicable credit from the denominator', () => {
		// BBB-4 (3 points) does not apply: 7 points remain; 2 of 7 is 28.6 %, above Silver.
		const answers: AnswerSet = { ...silverGates, ...met('AAA-3'), 'BBB-4': { status: 'not-applicable', reason: 'No electronic tabulation.' } };
		const result = score(practices, answers, rules);
		expect(result.points.applicable).toBe(7);
		expect(result.reached).toBe('silver');
		// Gold needs 50 % of 7 = 3.5 points: 1.5 more, plus its gate.
		expect(result.next).toMatchObject({ tier: 'gold', missingPrerequisites: ['BBB-1'], pointsNeeded: 1.5 });
	});

	it('lifts a not-applicable prerequisite from the gates', () => {
		const answers: AnswerSet = { ...silverGates, ...met('BBB-1', 'AAA-3', 'BBB-2', 'BBB-4', 'BBB-5'), 'BBB-3': { status: 'not-applicable', reason: 'Hand count only.' } };
		const result = score(practices, answers, rules);
		expect(result.reached).toBe('platinum');
		expect(result.next).toBeNull();
		expect(result.tiers[2]?.prerequisitesApplicable).toBe(3);
	});

	it('reaches the top tier on a full house', () => {
		const result = score(practices, met(...practices.map((practice) => practice.id)), rules);
		expect(result.reached).toBe('platinum');
		expect(result.points).toEqual({ earned: 10, applicable: 10 });
	});

	it('treats a template whose credits are all not applicable as meeting the points share', () => {
		const answers: AnswerSet = Object.fromEntries(
			practices.map((practice) => [practice.id, practice.kind === 'credit' ? { status: 'not-applicable' as const, reason: 'n/a' } : { status: 'met' as const }]),
		);
		expect(score(practices, answers, rules).reached).toBe('platinum');
	});

	it('reports progress per chapter and ignores answers for unknown practices', () => {
		const result = score(practices, { ...silverGates, 'ZZZ-9': { status: 'met' } }, rules);
		expect(result.unknownAnswers).toEqual(['ZZZ-9']);
		expect(result.chapters).toEqual([
			{ chapter: 'AAA', earned: 0, applicable: 2, prerequisitesMet: 2, prerequisitesApplicable: 2, answered: 2, practices: 3 },
			{ chapter: 'BBB', earned: 0, applicable: 8, prerequisitesMet: 0, prerequisitesApplicable: 2, answered: 0, practices: 5 },
		]);
	});
});

describe('regional priorities', () => {
	it('add bonus points to what a met credit earns, not to the points applicable', () => {
		const withBonus = practices.map((practice) => (practice.id === 'AAA-3' ? { ...practice, bonus: 1 } : practice));
		expect(score(withBonus, { ...silverGates, ...met('AAA-3') }, rules).points).toEqual({ earned: 3, applicable: 10 });
		expect(score(withBonus, { ...silverGates, 'AAA-3': { status: 'partly-met' } }, rules).points).toEqual({ earned: 1.5, applicable: 10 });
	});
});

describe('answers', () => {
	it('refuse not applicable without a reason', () => {
		const result = answerSchema.safeParse({ status: 'not-applicable', reason: '  ' });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toBe('Say why this practice does not apply; the reason is empty.');
	});
});
