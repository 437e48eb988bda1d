/**
 * docs/translating.md, "Walkthrough: a Spanish update with Translate
 * Toolkit", run as a translator would run it: the English changes, the
 * status says so, a todo kit is exported, Translate Toolkit (its XLIFF
 * storage, Weblate's engine) updates the flagged segment, the import writes
 * that segment alone and credits the translator, a second import writes
 * nothing. On a copy of the project under git, where the English a
 * translation was made from is in the history.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDebianPackage } from '../support/debian-package.ts';
import { docSteps } from '../support/doc-steps.ts';
import { walkthroughTests } from '../support/doc-walkthrough.ts';
import { copyProject, PROJECT_ROOT } from '../support/project-copy.ts';

const DOC = 'docs/translating.md';
const steps = docSteps(readFileSync(path.join(PROJECT_ROOT, DOC), 'utf8'), 'Walkthrough: a Spanish update with Translate Toolkit', DOC);

describe(`${DOC}, step by step`, () => {
	let work: string;
	beforeAll(() => {
		// Translate Toolkit from Debian's package: its python3 is the one that has it.
		ensureDebianPackage('xliff2po', 'translate-toolkit');
		work = copyProject('translating');
		const git = (...args: string[]) => execFileSync('git', ['-C', work, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args]);
		git('init', '-q');
		git('add', '-A');
		git('commit', '-q', '-m', 'The project as released');
	});
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('edits the English, exports the work to do, translates with Translate Toolkit, imports, checks', () => {
		expect(steps.map((step) => step.kind)).toEqual(['edit', 'run', 'output', 'run', 'output', 'write', 'run', 'run', 'output', 'run', 'output', 'run', 'output']);
	});

	walkthroughTests(DOC, steps, { work: () => work, env: { PATH: `/usr/bin:${process.env.PATH ?? ''}` } });

	it('changed that one segment, the record and the credit, and nothing else', () => {
		const diff = execFileSync('git', ['-C', work, 'diff', '--numstat', '--', 'content', 'locales'], { encoding: 'utf8' }).trim().split('\n');
		expect(diff.map((line) => line.split('\t')[2])).toEqual(['content/chapters/en/governance-and-annual-review.mdx', 'content/chapters/es/governance-and-annual-review.mdx']);
	});
});
