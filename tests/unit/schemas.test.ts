import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../src/schemas/chapter.ts';
import { isoDateSchema } from '../../src/schemas/dates.ts';
import { parsePracticeId, practiceSchema } from '../../src/schemas/practice.ts';

const practice = {
	id: 'INC-3',
	title: 'Publish the threshold',
	statement: 'Publish the threshold before the election period.',
	rationale: 'Because silence must mean something.',
	implementation: ['Write it down.'],
	evidence: ['The published threshold.'],
	tier: 'gold',
	kind: 'credit',
	points: 2,
	observable: false,
};

const messages = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
	result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('practiceSchema', () => {
	it('accepts a complete practice and defaults its tags', () => {
		expect(practiceSchema.parse(practice).tags).toEqual([]);
	});

	it.each([
		['INC3', 'id: Write the practice ID as the chapter code, a hyphen and a number from 1, for example INC-3.'],
		['inc-3', 'id: Write the practice ID as the chapter code, a hyphen and a number from 1, for example INC-3.'],
		['INC-0', 'id: Write the practice ID as the chapter code, a hyphen and a number from 1, for example INC-3.'],
	])('rejects the ID %s', (id, message) => {
		expect(messages(practiceSchema.safeParse({ ...practice, id }))).toEqual([message]);
	});

	it('rejects a credit without points and points out of range', () => {
		const { points: _points, ...withoutPoints } = practice;
		expect(messages(practiceSchema.safeParse(withoutPoints))).toEqual(['points: A credit must say how many points it earns. Add `points: 1`, `2` or `3`.']);
		expect(messages(practiceSchema.safeParse({ ...practice, points: 5 }))).toEqual(['points: Too big: expected number to be <=3']);
	});

	it('rejects an unknown field, so a typo cannot pass silently', () => {
		expect(messages(practiceSchema.safeParse({ ...practice, evidense: ['x'] }))).toEqual([': Unrecognized key: "evidense"']);
	});

	it('rejects an empty implementation list and blank text', () => {
		expect(messages(practiceSchema.safeParse({ ...practice, implementation: [], statement: '   ' }))).toEqual([
			'statement: Write the statement; it is empty.',
			'implementation: List at least one implementation step.',
		]);
	});
});

describe('parsePracticeId', () => {
	it('splits a valid ID and refuses a malformed one', () => {
		expect(parsePracticeId('TEC-12')).toEqual({ code: 'TEC', number: 12 });
		expect(parsePracticeId('TEC-')).toBeUndefined();
	});
});

describe('isoDateSchema', () => {
	it('accepts a real date as text or as a Date (js-yaml, used by Astro, yields Dates)', () => {
		expect(isoDateSchema.parse('2026-02-28')).toBe('2026-02-28');
		expect(isoDateSchema.parse(new Date('2026-02-28T00:00:00Z'))).toBe('2026-02-28');
	});

	it.each(['2026-02-30', '2026-2-3', '28/02/2026', 20260228])('rejects %s', (value) => {
		expect(messages(isoDateSchema.safeParse(value))).toEqual([': Write a real calendar date as YYYY-MM-DD, for example 2026-11-02.']);
	});
});

describe('chapterSchema', () => {
	it('rejects a bad code, an unknown pillar and a source URL that is not http(s)', () => {
		const chapter = {
			slug: 'x',
			code: 'Inc',
			order: 1,
			title: 'X',
			summary: 'X.',
			pillar: 'defend',
			status: 'stable',
			reviewed: '2026-11-02',
			contributors: [{ name: 'A' }],
			sources: [{ title: 'T', publisher: 'P', year: 2020, url: 'javascript:alert(1)' }],
			practices: [practice],
		};
		expect(messages(chapterSchema.safeParse(chapter))).toEqual([
			"code: Write the chapter code as 2 to 4 capital letters, for example INC (in an edition's own chapter: CA-LOC).",
			'pillar: Unknown pillar "defend". Use one of: govern, protect, inform, respond, transparency.',
			'sources.0.url: Give the source URL as a full http(s) address.',
		]);
	});
});
