/**
 * docs/editions.md, "Walkthrough for a government team", run as a new country
 * team would run it: every command, every edit and every thing the page says
 * you will see, in order, on a copy of the project. If the page and this
 * test disagree, one of them is wrong. No step writes a hash.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docSteps, visibleText } from '../support/doc-steps.ts';
import { copyProject, PROJECT_ROOT } from '../support/project-copy.ts';

const DOC = 'docs/editions.md';
const steps = docSteps(readFileSync(path.join(PROJECT_ROOT, DOC), 'utf8'), 'Walkthrough for a government team', DOC);
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe(`${DOC}, step by step`, () => {
	let work: string;
	let output = '';
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

	for (const step of steps) {
		const where = `${DOC}:${step.line}`;
		if (step.kind === 'run') {
			it(`${where}: ${step.commands.join(' && ')} exits ${step.exit}`, () => {
				output = '';
				step.commands.forEach((command, index) => {
					// PDFs are left out to keep the test short; everything else is what the reader runs.
					const result = spawnSync(command, { cwd: work, shell: true, encoding: 'utf8', env: { ...process.env, CET_PDF: '0', FORCE_COLOR: '0', NO_COLOR: '1' } });
					output += `${result.stdout}${result.stderr}`;
					const last = index === step.commands.length - 1;
					expect(result.status, `${command}\n${result.stdout}${result.stderr}`).toBe(last ? step.exit : 0);
					expect(`${result.stdout}${result.stderr}`, `${command} shows no stack trace`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
				});
			}, 180_000);
		} else if (step.kind === 'edit') {
			it(`${where}: the edit of ${step.file}`, () => {
				const file = path.join(work, step.file);
				const text = readFileSync(file, 'utf8');
				expect(text.split(step.replaces).length - 1, `"${step.replaces}" once in ${step.file}`).toBe(1);
				writeFileSync(file, text.replace(step.replaces, step.text.replace(/\n$/, '')));
			});
		} else if (step.kind === 'output') {
			it(`${where}: the command prints what the page shows`, () => {
				const printed = collapse(output);
				for (const line of step.expected) expect(printed, line).toContain(collapse(line));
			});
		} else {
			it(`${where}: ${step.file} shows what the page says`, () => {
				const text = visibleText(readFileSync(path.join(work, step.file), 'utf8'));
				for (const line of step.expected) expect(text, line).toContain(collapse(line));
			});
		}
	}
});
