/**
 * The build trusts what it finds in `.cache/`: the check's results stand in
 * for the MDX gate and the lint, and cached search indexes, zips and PDFs are
 * published as they are. That is safe for what the build wrote itself, and
 * never for what came with the repository: a change that commits a file under
 * `.cache/` (`git add -f`, past .gitignore) could mark hostile MDX as checked
 * or ship a PDF of its own. So any file of `.cache/` that git tracks stops
 * `npm run check` and the build, and no cache is read.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The files under `<root>/.cache/` that the repository tracks, project-relative (git lists them relative to the folder it runs in); none outside a git checkout (or without git). */
export function committedCacheFiles(root: string): string[] {
	const listed = spawnSync('git', ['ls-files', '-z', '--', '.cache'], { cwd: path.resolve(root), encoding: 'utf8' });
	return listed.status === 0 ? listed.stdout.split('\0').filter(Boolean) : [];
}
