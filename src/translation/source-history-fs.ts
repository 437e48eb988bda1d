/**
 * The English text a translation was made from, when the translation records
 * an earlier source than the current one: found in the git history of the
 * source file, as the version whose content hash is the one recorded. It
 * lets an export say which segments changed, and show each as it was. Where
 * there is no history (a copy without `.git`, git not installed, the
 * version never committed), there is no answer, and every segment of the
 * document is treated as changed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** How far back to look: enough for years of edits to one file. */
const MAX_VERSIONS = 400;

const git = (root: string, args: string[]) => spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/**
 * The text of `file` (project-relative) in the newest committed version that
 * `matches` accepts, or undefined.
 */
export function sourceTextAt(root: string, file: string, matches: (text: string) => boolean): string | undefined {
	if (!existsSync(path.join(root, '.git'))) return undefined;
	const log = git(root, ['log', `-n${MAX_VERSIONS}`, '--format=%H', '--', file]);
	if (log.status !== 0) return undefined;
	for (const commit of log.stdout.split('\n').filter(Boolean)) {
		const shown = git(root, ['show', `${commit}:${file}`]);
		if (shown.status === 0 && matches(shown.stdout)) return shown.stdout;
	}
	return undefined;
}
