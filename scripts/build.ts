/**
 * `npm run build`: validate the content, build the site into a fresh
 * directory, and only then swap it into `dist/`. A failed build never
 * replaces a good `dist/`.
 *
 * Usage: node scripts/build.ts [--out <dir>] [--edition <code,…>] [--locale <code,…>] [--strict]
 *   --edition, --locale  build only part of the publication (see the README: merging parts)
 *   --strict             fail on stale edition adaptations instead of warning (always on in CI)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: { out: { type: 'string', default: 'dist' }, edition: { type: 'string' }, locale: { type: 'string' }, strict: { type: 'boolean', default: false } },
});
const root = process.cwd();
const target = path.resolve(root, values.out);
const staging = path.resolve(root, `.build-${process.pid}`);
const retired = `${staging}-old`;

const started = performance.now();
const astro = path.join(root, 'node_modules', '.bin', 'astro');
const part = {
	...(values.edition ? { CET_EDITIONS: values.edition } : {}),
	...(values.locale ? { CET_LOCALES: values.locale } : {}),
	...(values.strict ? { CET_STRICT: '1' } : {}),
};
const result = spawnSync(astro, ['build'], { stdio: 'inherit', env: { ...process.env, ...part, CET_OUT_DIR: staging } });
if (result.status !== 0) {
	rmSync(staging, { recursive: true, force: true });
	console.error(`\nThe build failed; ${path.relative(root, target) || '.'}/ was left as it was.`);
	process.exit(result.status ?? 1);
}
if (existsSync(target)) renameSync(target, retired);
renameSync(staging, target);
rmSync(retired, { recursive: true, force: true });
console.log(`Built ${path.relative(root, target)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
