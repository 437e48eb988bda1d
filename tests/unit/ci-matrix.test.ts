/**
 * The CI matrix (src/build/ci-matrix.ts, npm run ci:matrix): one part per
 * edition × locale of the content, in a stable order, named as npm run build
 * names a part's folder; written to $GITHUB_OUTPUT inside GitHub Actions.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ciMatrix, ciMatrixSchema } from '../../src/build/ci-matrix.ts';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import { fixtureProject, MINIMAL } from '../support/fixture-project.ts';
import { PROJECT_ROOT, temporaryFolder } from '../support/project-copy.ts';

const matrixOf = (root: string) => {
	const { publication, diagnostics } = loadContent(root);
	expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
	return ciMatrix(publication!);
};
const parts = (root: string) => matrixOf(root).include.map((entry) => `${entry.edition} ${entry.locale} ${entry.part}`);

describe('the CI matrix', () => {
	const folder = temporaryFolder('ci-matrix');
	afterAll(() => rmSync(folder, { recursive: true, force: true }));

	it('has one part per edition × locale of the shipped content: the base first, then the editions by code, each in its own locale order', () => {
		expect(parts(PROJECT_ROOT)).toEqual(['base en dist-base-en', 'base fr dist-base-fr', 'base es dist-base-es', 'base ar dist-base-ar', 'ca en dist-ca-en', 'ca fr dist-ca-fr']);
	});

	it('grows with an extra edition, in the edition’s own locale order (its default first)', () => {
		expect(parts(MINIMAL)).toEqual(['base en dist-base-en', 'base fr dist-base-fr', 'aa en dist-aa-en', 'aa fr dist-aa-fr']);
		const root = fixtureProject('ci-matrix/extra-edition');
		try {
			expect(parts(root)).toEqual(['base en dist-base-en', 'base fr dist-base-fr', 'aa en dist-aa-en', 'aa fr dist-aa-fr', 'ab fr dist-ab-fr', 'ab en dist-ab-en']);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it('names each part as npm run build -- --edition <edition> --locale <locale> names its folder', () => {
		const build = readFileSync(path.join(PROJECT_ROOT, 'scripts/build.ts'), 'utf8');
		expect(build).toContain("`dist-${codes.join('-')}`");
		for (const entry of matrixOf(PROJECT_ROOT).include) expect(entry.part).toBe(`dist-${[entry.edition, entry.locale].join('-')}`);
	});

	it('npm run ci:matrix prints the JSON of the matrix, and inside GitHub Actions appends matrix=<json> to $GITHUB_OUTPUT', () => {
		const run = (env: Record<string, string | undefined>) =>
			spawnSync(process.execPath, ['scripts/ci-matrix.ts'], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, GITHUB_OUTPUT: undefined, ...env } });
		const printed = run({});
		expect(printed.status, printed.stderr).toBe(0);
		const json = printed.stdout.trim();
		expect(ciMatrixSchema.parse(JSON.parse(json))).toEqual(matrixOf(PROJECT_ROOT));
		expect(json).toMatch(/^\{"include":\[\{"edition":"base","locale":"en","part":"dist-base-en"\},/);
		const output = path.join(folder, 'github-output');
		writeFileSync(output, 'earlier=kept\n');
		const inActions = run({ GITHUB_OUTPUT: output });
		expect(inActions.status, inActions.stderr).toBe(0);
		expect(readFileSync(output, 'utf8')).toBe(`earlier=kept\nmatrix=${json}\n`);
		expect(inActions.stdout).toBe('6 part(s): dist-base-en, dist-base-fr, dist-base-es, dist-base-ar, dist-ca-en, dist-ca-fr\n');
		// --root reads another tree.
		const other = spawnSync(process.execPath, ['scripts/ci-matrix.ts', '--root', MINIMAL], {
			cwd: PROJECT_ROOT,
			encoding: 'utf8',
			env: { ...process.env, GITHUB_OUTPUT: undefined },
		});
		expect(other.status, other.stderr).toBe(0);
		expect(other.stdout).toBe(`${JSON.stringify(matrixOf(MINIMAL))}\n`);
	});
});
