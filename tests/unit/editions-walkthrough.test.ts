/**
 * docs/editions.md, "Walkthrough for a government team", run as a new country
 * team would run it: every command, every edit and every thing the page says
 * you will see, in order, on a copy of the project. If the page and this
 * test disagree, one of them is wrong. No step writes a hash.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docSteps } from '../support/doc-steps.ts';
import { walkthroughTests } from '../support/doc-walkthrough.ts';
import { copyProject, PROJECT_ROOT } from '../support/project-copy.ts';

const DOC = 'docs/editions.md';
const steps = docSteps(readFileSync(path.join(PROJECT_ROOT, DOC), 'utf8'), 'Walkthrough for a government team', DOC);

describe(`${DOC}, step by step`, () => {
	let work: string;
	beforeAll(() => {
		work = copyProject('walkthrough');
	});
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('has the steps the issue names: fork, a term, not applicable, an added practice, a replaced section, a build, drift, accept, build all', () => {
		const commands = steps.flatMap((step) => (step.kind === 'run' ? step.commands : []));
		expect(commands).toEqual([
			'npm run fork -- xv --name "Valdoria" --locales en,fr',
			'npm run build -- --edition xv',
			'npm run check',
			'npm run editions:status',
			'npm run editions:accept -- xv',
			'npm run build -- --edition xv --strict',
			'npm run editions:status',
			'npm run build -- --edition xv --strict',
			'npm run editions:accept -- xv --stale',
			'npm run editions:accept -- ca --stale',
			'npm run build -- --strict',
		]);
		const edits = steps.flatMap((step) => (step.kind === 'edit' ? [`${step.file} ${step.replaces}`] : []));
		expect(edits).toEqual([
			'content/editions/xv/edition.yaml terms: {}',
			'content/editions/xv/adaptations.yaml practices: []',
			'content/editions/xv/adaptations.yaml added: []',
			'content/editions/xv/adaptations.yaml sections: []',
			'content/chapters/en/election-technology-and-infrastructure.mdx captures, counts or aggregates votes',
		]);
		// Nothing the reader is asked to type or paste holds a hash.
		for (const step of steps) if (step.kind === 'edit' || step.kind === 'run') expect(JSON.stringify(step)).not.toMatch(/hash|[0-9a-f]{16}/);
	});

	walkthroughTests(DOC, steps, { work: () => work, env: { CET_PDF: '0' } });
});
