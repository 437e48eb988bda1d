/**
 * The few pages that run JavaScript get it as classic scripts (never
 * modules), so they also work from a bundle opened from disk, where Chromium
 * blocks module scripts. Each is bundled from TypeScript with esbuild into one
 * minified IIFE at a fixed path under `assets/`; the output depends only on
 * the sources, so builds stay reproducible.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export interface ClientScript {
	/** Source entry, relative to the project root. @example src/search/client/search-page.ts */
	entry: string;
	/** Output, relative to `dist/`. @example assets/search.js */
	file: string;
}

export const SEARCH_SCRIPT: ClientScript = { entry: 'src/search/client/search-page.ts', file: 'assets/search.js' };

export const CLIENT_SCRIPTS: ClientScript[] = [SEARCH_SCRIPT];

export async function writeClientScripts(root: string, outDir: string): Promise<Array<ClientScript & { bytes: number }>> {
	const written = [];
	for (const script of CLIENT_SCRIPTS) {
		const result = await build({
			absWorkingDir: root,
			entryPoints: [script.entry],
			bundle: true,
			format: 'iife',
			minify: true,
			target: 'es2020',
			legalComments: 'none',
			charset: 'utf8',
			write: false,
		});
		const code = result.outputFiles[0]!.contents;
		mkdirSync(path.dirname(path.join(outDir, script.file)), { recursive: true });
		writeFileSync(path.join(outDir, script.file), code);
		written.push({ ...script, bytes: code.byteLength });
	}
	return written;
}
