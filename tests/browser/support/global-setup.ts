/**
 * Builds the sites the browser tests read, once per run:
 * - `dist/`, the real publication;
 * - a localization fixture: a copy of the project in which one French
 *   translation is removed (so the page falls back to English) and one
 *   English chapter is edited after translation (so its French page is out
 *   of date). It is built into `test-results/l10n-fixture/dist/`;
 * - the offline bundles, unzipped into `test-results/bundles/`.
 */
import { unzipBundles } from './bundles.ts';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixtureChanges, L10N_FIXTURE } from './l10n-fixture.ts';

const root = path.resolve(import.meta.dirname, '../../..');

function buildL10nFixture() {
	rmSync(L10N_FIXTURE, { recursive: true, force: true });
	mkdirSync(L10N_FIXTURE, { recursive: true });
	for (const entry of ['content', 'locales', 'src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		cpSync(path.join(root, entry), path.join(L10N_FIXTURE, entry), { recursive: true });
	}
	symlinkSync(path.join(root, 'node_modules'), path.join(L10N_FIXTURE, 'node_modules'));
	rmSync(path.join(L10N_FIXTURE, `content/chapters/fr/${fixtureChanges.missing}.mdx`));
	const edited = path.join(L10N_FIXTURE, `content/chapters/en/${fixtureChanges.outdated}.mdx`);
	const text = readFileSync(edited, 'utf8');
	const changed = text.replace(/\n\n([A-Z][^\n]+)/, '\n\n$1 This sentence was added after the translation was made.');
	if (changed === text) throw new Error(`Could not edit ${edited} for the outdated-translation fixture.`);
	writeFileSync(edited, changed);
	// The fixture is about localization; its PDFs would only cost time.
	execFileSync(process.execPath, ['scripts/build.ts'], { cwd: L10N_FIXTURE, stdio: 'inherit', env: { ...process.env, CET_PDF: '0' } });
	if (!existsSync(path.join(L10N_FIXTURE, 'dist/index.html'))) throw new Error('The localization fixture did not build.');
}

export default function globalSetup() {
	if (process.env.CET_SKIP_BUILD) return unzipBundles();
	// CET_PDF_CACHE=off: the PDF tests read freshly printed PDFs, and the tests leave the project's PDF cache (.cache/pdf/) alone.
	execFileSync(process.execPath, ['scripts/build.ts'], { cwd: root, stdio: 'inherit', env: { ...process.env, CET_PDF_CACHE: 'off' } });
	unzipBundles();
	buildL10nFixture();
}
