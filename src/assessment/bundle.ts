/**
 * Bundles the two page scripts into classic scripts (IIFE), with the scoring
 * module and the file schemas imported, not copied. A page opened from
 * file:// runs classic scripts but blocks module scripts, so Astro's own
 * script pipeline (which emits modules) is not used. Only for build steps:
 * it uses esbuild, which Vite brings.
 *
 * The output is deterministic: no hashes, timestamps or absolute paths, so
 * the same sources give the same bytes and parts built apart merge cleanly.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { ASSESSMENT_SCRIPT, OBSERVER_SCRIPT } from './names.ts';

export const clientScripts: ReadonlyArray<{ path: string; entry: string }> = [
	{ path: ASSESSMENT_SCRIPT, entry: 'src/assessment/client/assessment.ts' },
	{ path: OBSERVER_SCRIPT, entry: 'src/assessment/client/observer.ts' },
];

export interface BuiltScript {
	/** Relative to `dist/`. @example assets/assessment.js */
	path: string;
	content: Uint8Array;
}

export async function bundleClientScripts(root: string): Promise<BuiltScript[]> {
	return Promise.all(
		clientScripts.map(async (script) => {
			const result = await build({
				absWorkingDir: root,
				entryPoints: [script.entry],
				bundle: true,
				format: 'iife',
				platform: 'browser',
				// Browsers of the last few years, phones included; nothing here needs newer syntax.
				target: ['es2020'],
				minify: true,
				legalComments: 'none',
				write: false,
				outfile: path.join(root, script.path),
				logLevel: 'silent',
			});
			return { path: script.path, content: result.outputFiles[0]!.contents };
		}),
	);
}
