/**
 * A documented walkthrough run as tests, step by step, on a copy of the
 * project: every command, edit and new file in order, and every line the
 * page says the reader will see (`doc-steps.ts` reads the page). If the page
 * and the run disagree, one of them is wrong.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { visibleText, type DocStep } from './doc-steps.ts';

export interface WalkthroughOptions {
	/** The copy of the project the steps run in (read when the steps run). */
	work: () => string;
	/** What the test adds to the environment: PDFs left out to keep it short, a PATH that finds the tools. */
	env?: Record<string, string>;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** One `it` per step. */
export function walkthroughTests(doc: string, steps: readonly DocStep[], options: WalkthroughOptions): void {
	let output = '';
	for (const step of steps) {
		const where = `${doc}:${step.line}`;
		if (step.kind === 'run') {
			it(`${where}: ${step.commands.join(' && ')} exits ${step.exit}`, () => {
				output = '';
				step.commands.forEach((command, index) => {
					const result = spawnSync(command, { cwd: options.work(), shell: true, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env } });
					const printed = `${result.stdout}${result.stderr}`;
					output += printed;
					expect(result.status, `${command}\n${printed}`).toBe(index === step.commands.length - 1 ? step.exit : 0);
					expect(printed, `${command} shows no stack trace`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
				});
			}, 180_000);
		} else if (step.kind === 'edit') {
			it(`${where}: the edit of ${step.file}`, () => {
				const file = path.join(options.work(), step.file);
				const text = readFileSync(file, 'utf8');
				expect(text.split(step.replaces).length - 1, `"${step.replaces}" once in ${step.file}`).toBe(1);
				writeFileSync(file, text.replace(step.replaces, step.text.replace(/\n$/, '')));
			});
		} else if (step.kind === 'write') {
			it(`${where}: the new file ${step.file}`, () => {
				const file = path.join(options.work(), step.file);
				mkdirSync(path.dirname(file), { recursive: true });
				writeFileSync(file, step.text);
			});
		} else if (step.kind === 'output') {
			it(`${where}: the command prints what the page shows`, () => {
				const printed = collapse(output);
				for (const line of step.expected) expect(printed, line).toContain(collapse(line));
			});
		} else {
			it(`${where}: ${step.file} shows what the page says`, () => {
				const text = visibleText(readFileSync(path.join(options.work(), step.file), 'utf8'));
				for (const line of step.expected) expect(text, line).toContain(collapse(line));
			});
		}
	}
}
