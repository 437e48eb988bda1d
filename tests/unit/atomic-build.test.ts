/** A failed build never replaces a good dist/: the build goes to a fresh folder and is swapped in only on success. */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { copyProject } from '../support/project-copy.ts';
import { fingerprints } from '../support/fingerprints.ts';

it('a build that fails halfway leaves the earlier dist/ intact and no staging folder behind', () => {
	const work = copyProject('atomic');
	try {
		const build = () =>
			spawnSync(process.execPath, ['scripts/build.ts', '--edition', 'base', '--locale', 'en', '--out', 'dist'], {
				cwd: work,
				encoding: 'utf8',
				env: { ...process.env, CET_PDF: '0' },
			});
		const good = build();
		expect(good.status, good.stderr).toBe(0);
		const before = fingerprints(path.join(work, 'dist'));
		expect(Object.keys(before)).toContain('base/en/index.html');

		// A page that throws while Astro renders: the build stops after it has written part of its output.
		writeFileSync(path.join(work, 'src/pages/broken.astro'), "---\nthrow new Error('This page cannot be rendered.');\n---\n");
		const failed = build();
		expect(failed.status).not.toBe(0);
		expect(failed.stdout + failed.stderr).toContain('This page cannot be rendered.');
		expect(failed.stderr).toContain('The build failed; dist/ was left as it was.');
		expect(fingerprints(path.join(work, 'dist'))).toEqual(before);
		expect(readdirSync(work).filter((name) => name.startsWith('.build-'))).toEqual([]);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}, 300_000);
