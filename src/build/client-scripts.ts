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
import { ASSESSMENT_SCRIPT, OBSERVER_SCRIPT } from '../schemas/assessment-names.ts';
import { SEARCH_SCRIPT_FILE } from '../search/search-files.ts';
import { STEMMER_GLOBAL, STEMMER_LANGUAGES, stemmerScript } from '../search/stemmer-languages.ts';

export interface ClientScript {
	/** Source entry, relative to the project root, or the module's text. @example src/search/client/search-page.ts */
	entry: string | { contents: string };
	/** Output, relative to `dist/`. @example assets/search.js */
	file: string;
}

const SEARCH_SCRIPT: ClientScript = { entry: 'src/search/client/search-page.ts', file: SEARCH_SCRIPT_FILE };

/** The self-assessment and observer pages' scripts. */
const TOOL_SCRIPTS: ClientScript[] = [
	{ entry: 'src/assessment/client/assessment.ts', file: ASSESSMENT_SCRIPT },
	{ entry: 'src/assessment/client/observer.ts', file: OBSERVER_SCRIPT },
];

/** Each built language's Snowball stemmer, for the offline search. */
function stemmerScripts(locales: readonly string[]): ClientScript[] {
	return locales.flatMap((locale) => {
		const file = stemmerScript(locale);
		return file ? [{ entry: { contents: `import { stemmer } from '@orama/stemmers/${STEMMER_LANGUAGES[locale]}';\nwindow.${STEMMER_GLOBAL} = stemmer;\n` }, file }] : [];
	});
}

export async function writeClientScripts(root: string, outDir: string, locales: readonly string[]): Promise<Array<ClientScript & { bytes: number }>> {
	const written = [];
	for (const script of [SEARCH_SCRIPT, ...TOOL_SCRIPTS, ...stemmerScripts(locales)]) {
		const result = await build({
			absWorkingDir: root,
			...(typeof script.entry === 'string' ? { entryPoints: [script.entry] } : { stdin: { contents: script.entry.contents, resolveDir: root, loader: 'js' as const } }),
			bundle: true,
			format: 'iife',
			minify: true,
			platform: 'browser',
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
