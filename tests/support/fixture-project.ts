/**
 * The error fixtures, one small folder per mistake. `tests/fixtures/minimal/`
 * is a valid minimal project (two chapters, a translation, an edition, UI
 * strings): it loads with no diagnostic at all. A scenario folder such as
 * `tests/fixtures/content-errors/invalid-date/` holds only the files that
 * differ from it, laid over a copy of it; a `removed-files.txt` in a scenario
 * lists files of the base it takes away, one path a line.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { temporaryFolder } from './project-copy.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
export const MINIMAL = path.join(FIXTURES, 'minimal');
const REMOVED = 'removed-files.txt';

/** A fresh temporary folder holding the minimal project with each scenario (a folder under tests/fixtures/) laid over it, in order. The caller removes it. */
export function fixtureProject(...scenarios: string[]): string {
	const work = temporaryFolder('fixture');
	// Never what a run left in the fixture (.cache/): each project starts as the fixture is committed.
	cpSync(MINIMAL, work, { recursive: true, filter: (source) => path.basename(source) !== '.cache' });
	for (const scenario of scenarios) {
		const dir = path.join(FIXTURES, scenario);
		if (!existsSync(dir)) throw new Error(`There is no fixture folder tests/fixtures/${scenario}.`);
		cpSync(dir, work, { recursive: true, filter: (source) => path.basename(source) !== REMOVED });
		const removed = path.join(dir, REMOVED);
		if (!existsSync(removed)) continue;
		// rmSync throws on a path that is not there, so a listed file the base no longer has is noticed.
		for (const file of readFileSync(removed, 'utf8').split('\n').filter(Boolean)) rmSync(path.join(work, file));
	}
	return work;
}

/** `use` run on a fresh fixture project, which is removed afterwards. */
export function withFixture<T>(scenarios: readonly string[], use: (root: string) => T): T {
	const root = fixtureProject(...scenarios);
	try {
		return use(root);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

/** The scenario folders of one kind, such as `content-errors`, by name. */
export const scenarioFolders = (kind: string) => readdirSync(path.join(FIXTURES, kind)).sort();

/** The scenarios of one kind that a test file names, as `'<kind>/<scenario>'` literals in its source: compared with the folders, so that no fixture goes untested. */
export const scenariosNamed = (testFile: string, kind: string) =>
	[...new Set([...readFileSync(testFile, 'utf8').matchAll(new RegExp(`'${kind}/([a-z0-9-]+)'`, 'g'))].map((match) => match[1]!))].sort();

/** Each diagnostic as `file:line:column Code: message`, in report order: what the snapshots pin. */
export const located = (diagnostics: readonly Diagnostic[]) => sortDiagnostics(diagnostics).map((d) => `${d.file}:${d.line}:${d.column} ${d.code}: ${d.message}`);
