/**
 * The command line of every command a user runs with npm run: --help prints
 * the usage and exits 0, a mistake in the arguments is one line and the usage
 * (exit 2), never a stack trace; and no command that reads the content
 * reports on content that does not validate.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, PROJECT_ROOT } from '../support/project-copy.ts';

const scripts = Object.values((JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts)
	.map((command) => /^node (scripts\/[\w-]+\.ts)$/.exec(command)?.[1])
	.filter((script): script is string => script !== undefined);
const run = (cwd: string, script: string, ...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CET_PDF: '0' } });

describe('every command line', () => {
	it('covers every node script of package.json', () => {
		expect(scripts).toHaveLength(18);
	});

	it.each(scripts)('%s --help prints its usage and exits 0', (script) => {
		const result = run(PROJECT_ROOT, script, '--help');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/^Usage: npm run [\w:-]+/);
		expect(result.stderr).toBe('');
	});

	it.each(scripts)('%s --frobnicate is one line and the usage, exit 2', (script) => {
		const result = run(PROJECT_ROOT, script, '--frobnicate');
		expect(result.status).toBe(2);
		const [first, blank, usage] = result.stderr.split('\n');
		expect([first, blank]).toEqual(['Unknown option --frobnicate.', '']);
		expect(usage).toMatch(/^Usage: npm run /);
		expect(result.stderr).not.toContain('    at ');
	});

	it('names an option that needs a value, and an argument a command does not take', () => {
		const out = run(PROJECT_ROOT, 'scripts/build.ts', '--out');
		expect(out.status).toBe(2);
		expect(out.stderr.split('\n')[0]).toMatchInlineSnapshot(`"The option --out needs a value."`);
		const extra = run(PROJECT_ROOT, 'scripts/check.ts', 'content');
		expect(extra.status).toBe(2);
		expect(extra.stderr.split('\n')[0]).toMatchInlineSnapshot(`"Unexpected argument content: this command takes options only."`);
	});

	it('refuses a benchmark scale, or a count of runs, that is not a whole number, before it copies anything', () => {
		const result = run(PROJECT_ROOT, 'scripts/bench.ts', '--scale', '1,0');
		expect(result.status).toBe(2);
		const [first, blank, usage] = result.stderr.split('\n');
		expect([first, blank]).toEqual(['--scale takes whole numbers from 1, such as 1,4,16; not 1,0.', '']);
		expect(usage).toMatch(/^Usage: npm run bench /);
		const runs = run(PROJECT_ROOT, 'scripts/bench.ts', '--scale', '1', '--runs', 'two');
		expect(runs.status).toBe(2);
		expect(runs.stderr.split('\n')[0]).toBe('--runs takes a whole number from 1; not two.');
	});
});

describe('on content that does not validate', () => {
	let work: string;
	beforeAll(() => {
		work = copyProject('commands', ['content', 'locales', 'scripts', 'src', 'package.json', 'tsconfig.json']);
		// One mistake: an adaptation of a practice that does not exist.
		const file = path.join(work, 'content/editions/ca/adaptations.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace('  - practice: INC-1\n', '  - practice: NOPE-1\n'));
	});
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('npm run check names the mistake', () => {
		const result = run(work, 'scripts/check.ts');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('content/editions/ca/adaptations.yaml:');
		expect(result.stderr).toContain('NOPE-1');
	});

	it.each([
		['scripts/editions-status.ts'],
		['scripts/editions-accept.ts', 'ca'],
		['scripts/l10n-status.ts'],
		['scripts/l10n-export.ts', '--locale', 'fr', '--out', 'kits'],
		['scripts/l10n-import.ts', 'kits/none.xlf'],
		['scripts/l10n-stamp.ts', 'fr'],
		['scripts/fork.ts', 'xk', '--name', 'Kosovo', '--locales', 'en'],
		['scripts/new-chapter.ts', 'voter-lists', '--code', 'VOT'],
		['scripts/ci-matrix.ts'],
	])('%s refuses in one line that names npm run check', (script, ...args) => {
		const result = run(work, script, ...args);
		expect(result.status).not.toBe(0);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatchInlineSnapshot(`
			"The content has 1 error, so this command cannot go on; run npm run check to see them and fix them first.
			"
		`);
	});
});
