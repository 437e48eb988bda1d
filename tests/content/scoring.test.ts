/** The shipped template's scoring rules and practices: every tier can be reached. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import type { AnswerSet } from '../../src/schemas/answer.ts';
import { score, type ScorablePractice } from '../../src/scoring/score.ts';

const met = (...ids: string[]): AnswerSet => Object.fromEntries(ids.map((id) => [id, { status: 'met' as const }]));

describe('the shipped template', () => {
	const { publication } = loadContent(path.resolve(import.meta.dirname, '../..'));
	const all: ScorablePractice[] = publication!.chapters
		.filter((chapter) => chapter.locale === 'en')
		.flatMap((chapter) => chapter.data.practices.map((practice) => ({ ...practice, chapter: chapter.data.code })));
	const shipped = publication!.template.scoring;

	it('makes every tier reachable, Silver with its gates and the cheapest credits only', () => {
		const gates = (tiers: string[]) => all.filter((practice) => practice.kind === 'prerequisite' && tiers.includes(practice.tier)).map((practice) => practice.id);
		// Silver: its gates plus Silver-level credits only.
		const silver = score(all, met(...gates(['silver']), ...all.filter((p) => p.kind === 'credit' && p.tier === 'silver').map((p) => p.id)), shipped);
		expect(silver.reached).toBe('silver');
		// Gold: Silver and Gold gates plus Silver- and Gold-level credits.
		const gold = score(all, met(...gates(['silver', 'gold']), ...all.filter((p) => p.kind === 'credit' && p.tier !== 'platinum').map((p) => p.id)), shipped);
		expect(gold.reached).toBe('gold');
		expect(score(all, met(...all.map((p) => p.id)), shipped).reached).toBe('platinum');
	});
});
