/**
 * `npm run build`: run every check of `npm run check` (the lint included) and
 * stop on any error, build the site into a fresh directory, and only then
 * swap it into place. A failed build never replaces a good one.
 *
 * A whole build goes to dist/. A part (--edition or --locale) goes to a folder
 * of its own, dist-<codes>/ (dist-xk/, dist-base-ar/), unless --out names one,
 * so that it never throws away a whole build in dist/; `npm run merge` joins parts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { commandLine } from './support/args.ts';

const USAGE = `Usage: npm run build [-- --edition <code,…>] [--locale <code,…>] [--out <dir>] [--strict]
  Checks the content as npm run check does, then builds the site.
  --edition, --locale  build only part of the publication, into dist-<codes>/ unless --out is given
                       (join parts with npm run merge; see docs/editions.md: building in parts)
  --out <dir>          where to build (default: dist/ for a whole build)
  --strict             fail on stale or unrecorded edition adaptations instead of warning (always on in CI)`;
const { values } = commandLine(USAGE, {
	options: { out: { type: 'string' }, edition: { type: 'string' }, locale: { type: 'string' }, strict: { type: 'boolean', default: false } },
});
const root = process.cwd();
const codes = [values.edition, values.locale]
	.flatMap((list) => list?.split(',') ?? [])
	.map((code) => code.trim())
	.filter(Boolean);
const target = path.resolve(root, values.out ?? (codes.length ? `dist-${codes.join('-')}` : 'dist'));
const staging = path.resolve(root, `.build-${process.pid}`);
const retired = `${staging}-old`;

const started = performance.now();
const astro = path.join(root, 'node_modules', '.bin', 'astro');
const part = {
	...(values.edition ? { CET_EDITIONS: values.edition } : {}),
	...(values.locale ? { CET_LOCALES: values.locale } : {}),
	...(values.strict ? { CET_STRICT: '1' } : {}),
};
const shown = path.relative(root, target) || '.';
const result = spawnSync(astro, ['build'], { stdio: 'inherit', env: { ...process.env, ...part, CET_OUT_DIR: staging } });
if (result.status !== 0) {
	rmSync(staging, { recursive: true, force: true });
	console.error(`\nThe build failed; ${shown}/ was left as it was.`);
	process.exit(result.status ?? 1);
}
if (existsSync(target)) renameSync(target, retired);
renameSync(staging, target);
rmSync(retired, { recursive: true, force: true });
console.log(`Built ${shown}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (codes.length && !values.out)
	console.log(`This is a part of the publication: dist/ was left as it was. To publish parts together: npm run merge -- ${shown} <other parts…> --out dist`);
