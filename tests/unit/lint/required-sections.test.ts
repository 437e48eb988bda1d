/** cet:required-sections: a chapter has {#why}, {#threats} and {#adapting}, in that order. */
import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/required-sections.ts';
import { lint } from '../../support/lint.ts';

const options = { anchors: ['why', 'threats', 'adapting'] };
const sections = (...anchors: string[]) => ['---', 'code: TST', '---', '', 'Intro.', '', ...anchors.flatMap((anchor) => [`## Section ${anchor} {#${anchor}}`, '', 'Text.', '']), ''].join('\n');

describe('cet:required-sections', () => {
	it('accepts the three sections in order, with others between them', () => {
		expect(lint(rule, options, sections('why', 'history', 'threats', 'adapting'))).toEqual([]);
	});

	it('reports a missing section where it belongs, and one out of order', () => {
		expect(lint(rule, options, sections('why', 'adapting'))).toMatchInlineSnapshot(`
			[
			  "11:1 MissingSection: The chapter has no section {#threats}; every chapter has {#why}, {#threats}, {#adapting}, in that order.",
			]
		`);
		expect(lint(rule, options, sections('threats', 'why', 'adapting'))).toMatchInlineSnapshot(`
			[
			  "7:1 SectionOrder: The section {#threats} is out of order: {#why} comes before it.",
			]
		`);
		expect(lint(rule, options, sections())).toMatchInlineSnapshot(`
			[
			  "7:1 MissingSection: The chapter has no section {#why}; every chapter has {#why}, {#threats}, {#adapting}, in that order.",
			  "7:1 MissingSection: The chapter has no section {#threats}; every chapter has {#why}, {#threats}, {#adapting}, in that order.",
			  "7:1 MissingSection: The chapter has no section {#adapting}; every chapter has {#why}, {#threats}, {#adapting}, in that order.",
			]
		`);
	});

	it('leaves translations and prose pages alone', () => {
		expect(lint(rule, options, sections(), 'content/chapters/fr/test-chapter.mdx')).toEqual([]);
		expect(lint(rule, options, sections(), 'content/pages/en/introduction.mdx')).toEqual([]);
	});

	it('applies to an edition\'s own chapter, in every locale', () => {
		expect(lint(rule, options, sections('why', 'threats'), 'content/editions/xk/chapters/fr/local-elections.mdx')).toHaveLength(1);
	});
});
