/**
 * `npm run check`: validate all content, config and UI strings without building the site,
 * and lint the MDX content (the rules of npm run lint:content); `npm run build` runs the same checks.
 * Prints every problem as file:line:column and exits non-zero on any error; warnings
 * (for example an adaptation whose base is not recorded yet) do not fail it.
 */
import path from 'node:path';
import { checkProject } from '../src/build/check-project.ts';
import { openResultCache, resultCacheFile } from '../src/utils/result-cache-fs.ts';
import { formatReport } from '../src/diagnostics/diagnostic.ts';
import { commandLine } from './support/args.ts';

const USAGE = `Usage: npm run check [-- --root <dir>]
  Validates the content, the config and the UI strings and lints the MDX, without building.
  --root <dir>  the project to check (default: the current folder)`;
const { values } = commandLine(USAGE, { options: { root: { type: 'string', default: '.' } } });
const root = path.resolve(values.root);
const started = performance.now();
const cache = openResultCache(root, 'check');
const { publication, diagnostics } = checkProject(root, cache);
cache.save();
const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');

if (diagnostics.length) console.error(formatReport(diagnostics));
if (publication && !errors.length) {
	const practices = publication.chapters.flatMap((chapter) => chapter.data.practices);
	console.log(
		`content OK: ${publication.chapters.length} chapter files, ${practices.length} practices, ${publication.template.locales.length} locale(s) in ${Math.round(performance.now() - started)} ms${cache.stats.hits ? ` (${cache.stats.hits} file results from ${resultCacheFile('check')}, ${cache.stats.misses} computed)` : ''}`,
	);
}
process.exit(errors.length ? 1 : 0);
