/** cet:use-terms: a requirement names an institution through a term; the names come from content/terms.yaml. */
import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/use-terms.ts';
import { lint } from '../../support/lint.ts';

const names = [{ name: 'Elections Canada', term: 'emb' }, { name: 'Electoral Commission', term: 'emb' }, { name: 'Canada Elections Act', term: 'electoral-law' }];
const chapter = (...practice: string[]) => ['---', 'code: INC', 'title: Results', 'practices:', '  - id: INC-1', ...practice.map((line) => `    ${line}`), '---', ''].join('\n');

describe('cet:use-terms', () => {
	it('accepts terms in requirements, and real names in the rationale and the prose', () => {
		const text = chapter('statement: Publish the results on the website of <Term id="emb" />.', 'rationale: Elections Canada publishes poll-by-poll results.') + '\nThe Electoral Commission of one country did this.\n';
		expect(lint(rule, { names }, text)).toEqual([]);
	});

	it('refuses a real name in a title, a statement, a step or an evidence item, at its line', () => {
		const text = chapter('title: Report to the Electoral Commission', 'statement: Publish the results as the Canada Elections Act requires.', 'implementation:', '  - Send the file to Elections Canada.', 'evidence:', '  - A receipt from Elections Canada.');
		expect(lint(rule, { names }, text)).toMatchInlineSnapshot(`
			[
			  "6:5 HardcodedInstitution: The title of INC-1 names Electoral Commission, which each edition would have to change; write <Term id="emb" /> instead.",
			  "7:5 HardcodedInstitution: The statement of INC-1 names Canada Elections Act, which each edition would have to change; write <Term id="electoral-law" /> instead.",
			  "9:9 HardcodedInstitution: Implementation step 1 of INC-1 names Elections Canada, which each edition would have to change; write <Term id="emb" /> instead.",
			  "11:9 HardcodedInstitution: Evidence item 1 of INC-1 names Elections Canada, which each edition would have to change; write <Term id="emb" /> instead.",
			]
		`);
	});

	it('matches whole names only', () => {
		expect(lint(rule, { names }, chapter('statement: Ask the Electoral Commissions of each region.'))).toEqual([]);
	});

	it('leaves an edition\'s own chapter alone: it is written for one country', () => {
		const text = chapter('statement: Publish the results on the website of Elections Canada.');
		expect(lint(rule, { names }, text, 'content/editions/ca/chapters/en/local.mdx')).toEqual([]);
	});
});
