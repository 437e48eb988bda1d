/**
 * A copy of the project to run the command-line tools on, so that tests that
 * write content or build never touch the real tree. `node_modules` is linked,
 * not copied.
 */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** What a build needs; `copyProject(prefix, ['content', …])` takes less where a test needs less. */
export const BUILD_INPUTS = ['content', 'locales', 'src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** A fresh, empty temporary folder. The caller removes it. */
export function temporaryFolder(prefix: string): string {
	return mkdtempSync(path.join(os.tmpdir(), `cet-${prefix}-`));
}

/** A fresh temporary folder holding `entries` of the project. The caller removes it. */
export function copyProject(prefix: string, entries: readonly string[] = BUILD_INPUTS): string {
	const work = temporaryFolder(prefix);
	for (const entry of entries) cpSync(path.join(PROJECT_ROOT, entry), path.join(work, entry), { recursive: true });
	symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(work, 'node_modules'));
	return work;
}
