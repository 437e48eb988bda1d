/**
 * The publication's build steps around Astro:
 * - before Astro loads anything, validate all content and stop with every
 *   error (file:line) if there is one;
 * - after the build, bundle the browser tools' scripts, write the exports and
 *   `manifest.json`, and refuse any root-absolute URL,
 *   which would break the site under a sub-path and from file://.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadContent } from '../content/load-publication-fs.ts';
import { staleAdaptations } from '../resolve/drift.ts';
import { formatReport } from '../diagnostics/diagnostic.ts';
import { buildManifest } from '../build/manifest.ts';
import { byteLength, DOWNLOADS_DIR, exportFiles, SUMS_FILE, sumsFile } from '../exports/export-files.ts';
import { publicKeyPem, PUBLIC_KEY_FILE, SIGNATURE_FILE, signingKey, signSums } from '../downloads/signing.ts';
import { translator } from '../ui-strings/translator-fs.ts';
import { writeSearchIndexes } from '../build/search-indexes.ts';
import { writeClientScripts } from '../build/client-scripts.ts';
import { builtEditions } from '../resolve/editions.ts';
import { writeBuiltDownloads } from '../build/downloads.ts';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.html'))
		.map((name) => path.join(dir, name))
		.sort();
}

/** Attribute values that start with `/` (but not `//`, which is caught by the off-site test). */
const ROOT_ABSOLUTE = /\s(?:href|src|srcset|action|poster|content)="(\/(?!\/)[^"]*)"/g;

export function rootAbsoluteUrls(html: string): string[] {
	return [...html.matchAll(ROOT_ABSOLUTE)].map((match) => match[1]!);
}

export function publicationIntegration(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'clean-elections:publication',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				root = fileURLToPath(config.root);
				const { diagnostics, publication } = loadContent(root);
				if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
					throw new Error(`The content has errors; nothing was built.\n${formatReport(diagnostics)}`);
				}
				// An adaptation written against base text that has since changed: a warning, or an error when strict (and in CI).
				const stale = publication ? staleAdaptations(publication) : [];
				const strict = Boolean(process.env.CET_STRICT || process.env.CI);
				for (const item of stale) logger.warn(`${item.file}:${item.line} ${item.label} (${item.edition}): the base text changed since this adaptation was written; run npm run editions:status`);
				if (stale.length && strict) throw new Error(`${stale.length} stale edition adaptation(s); run npm run editions:status, review them, then npm run editions:accept -- <edition>.`);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { publication } = loadContent(root);
				if (!publication) throw new Error('The content could not be loaded after the build.');
				const exports = exportFiles(publication, (locale) => translator(root, locale));
				for (const file of exports) {
					mkdirSync(path.dirname(path.join(outDir, file.path)), { recursive: true });
					writeFileSync(path.join(outDir, file.path), file.content);
				}
				const indexes = await writeSearchIndexes(outDir, publication, (locale) => translator(root, locale));
				logger.info(`search: ${indexes.length} Pagefind and offline indexes (${indexes.map((index) => `${index.edition}/${index.locale} ${index.records}`).join(', ')})`);
				for (const script of await writeClientScripts(root, outDir, [...new Set(builtEditions(publication).flatMap((edition) => edition.locales))])) logger.info(`${script.file}: ${script.bytes} bytes`);
				const built = await writeBuiltDownloads(outDir, publication, exports, (locale) => translator(root, locale));
				if (built.skippedPdfs) logger.warn(`PDFs skipped: ${built.skippedPdfs}`);
				for (const file of built.files) logger.info(`${file.path}: ${Math.round(byteLength(file.content) / 1024)} KiB${built.pdfPages[file.path] ? `, ${built.pdfPages[file.path]} pages` : ''}`);
				const downloads = [...exports, ...built.files];
				const sums = sumsFile(downloads);
				writeFileSync(path.join(outDir, DOWNLOADS_DIR, SUMS_FILE), sums);
				// With a signing key configured, a detached Ed25519 signature of the sums, and the public key beside it.
				const key = signingKey();
				if (key) {
					writeFileSync(path.join(outDir, DOWNLOADS_DIR, SIGNATURE_FILE), signSums(sums, key));
					writeFileSync(path.join(outDir, DOWNLOADS_DIR, PUBLIC_KEY_FILE), publicKeyPem(key));
					logger.info(`${DOWNLOADS_DIR}/${SUMS_FILE} signed (${SIGNATURE_FILE})`);
				}
				writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(buildManifest(publication, downloads), null, '\t')}\n`);
				const offenders = htmlFiles(outDir).flatMap((file) =>
					rootAbsoluteUrls(readFileSync(file, 'utf8')).map((url) => `${path.relative(outDir, file)}: ${url}`),
				);
				if (offenders.length) {
					throw new Error(`Root-absolute URLs break the site under a sub-path and from file://. Make them relative:\n${offenders.join('\n')}`);
				}
				logger.info(`manifest.json written; ${htmlFiles(outDir).length} pages, all links relative`);
			},
		},
	};
}
