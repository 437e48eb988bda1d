/** cet:practice-id: the form of each practice ID, its chapter code, and IDs mentioned in the text. */
import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/practice-id.ts';
import { lint } from '../../support/lint.ts';

const known = new Set(['INC-1', 'INC-2', 'INC-3', 'TEC-1', 'GAM-2']);
const chapter = (practices: string[], body = '') => ['---', 'code: INC', 'practices:', ...practices.map((id) => `  - id: ${id}\n    statement: Do it.`), '---', '', body].join('\n');

describe('cet:practice-id', () => {
	it('accepts IDs of the chapter code, and mentions of practices that exist or were retired', () => {
		expect(lint(rule, { known }, chapter(['INC-1', 'INC-2'], 'See INC-3, TEC-1 and the retired GAM-2.\n'))).toEqual([]);
	});

	it('refuses a malformed ID and an ID of another chapter, at the line of the ID', () => {
		expect(lint(rule, { known }, chapter(['INC-1', 'INC3', 'TEC-4', 'INC-0']))).toMatchInlineSnapshot(`
			[
			  "6:5 PracticeIdFormat: The practice ID INC3 is not a chapter code, a hyphen and a number.",
			  "8:5 PracticeCodeMismatch: The practice ID TEC-4 does not start with its chapter code INC.",
			  "10:5 PracticeIdFormat: The practice ID INC-0 is not a chapter code, a hyphen and a number.",
			]
		`);
	});

	it('refuses a mention of a practice that does not exist, in the prose or in a practice field', () => {
		const text = ['---', 'code: INC', 'practices:', '  - id: INC-1', '    rationale: Unlike INC-9, this one holds.', '---', '', 'The panel (see INC-7) decides; see also', 'TEC-12.', ''].join('\n');
		expect(lint(rule, { known }, text)).toMatchInlineSnapshot(`
			[
			  "5:5 UnknownPracticeReference: The text refers to INC-9, but chapter INC has no such practice.",
			  "8:16 UnknownPracticeReference: The text refers to INC-7, but chapter INC has no such practice.",
			  "9:1 UnknownPracticeReference: The text refers to TEC-12, but chapter TEC has no such practice.",
			]
		`);
	});

	it('leaves alone what only looks like an ID: other codes, and longer words', () => {
		expect(lint(rule, { known }, chapter(['INC-1'], 'COVID-19, ISO-27001, G7-1, XINC-3 and INC-3a.\n'))).toEqual([]);
	});

	it('checks only the form in a translation, which has no code of its own', () => {
		const text = ['---', 'source: 0123456789abcdef', 'practices:', '  - id: INC-1', '  - id: inc-2', '---', ''].join('\n');
		expect(lint(rule, { known }, text, 'content/chapters/fr/test-chapter.mdx')).toMatchInlineSnapshot(`
			[
			  "5:5 PracticeIdFormat: The practice ID inc-2 is not a chapter code, a hyphen and a number.",
			]
		`);
	});
});
