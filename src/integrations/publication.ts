/**
 * The publication's build steps around Astro:
 * - before Astro loads anything, parse the build options, load and check
 *   all content once, with every check of npm run check (the lint included),
 *   and stop with every error (file:line) if there is one;
 * - hand the validated publication to the pages through a virtual module;
 * - after the build, run the post-build steps of `src/build/` on that same
 *   publication: images, French typography, exports, search indexes, client scripts, downloads (PDFs and
 *   bundles), sums, the manifest, and the guard against root-absolute URLs.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkProject } from '../build/check-project.ts';
import { openResultCache, resultCacheFile, resultCachesOn } from '../utils/result-cache-fs.ts';
import { writeClientScripts } from '../build/client-scripts.ts';
import { writeBuiltDownloads } from '../build/downloads.ts';
import { writeExports } from '../build/exports.ts';
import { inputHashes } from '../content/input-hashes-fs.ts';
import { checkRelativeLinks } from '../build/link-guard.ts';
import { buildManifest, writeManifest } from '../build/manifest.ts';
import { publishMedia } from '../build/media.ts';
import { DEFLATE_CACHE_DIR, openDeflateCache } from '../build/deflate-cache.ts';
import { OUTPUT_CACHE_DIRS, openOutputCache } from '../build/output-cache.ts';
import { writeSearchIndexes } from '../build/search-indexes.ts';
import { writeSums } from '../build/sums.ts';
import { typesetFrenchPages } from '../build/typography.ts';
import { publicKeyFingerprint, signingKey } from '../downloads/signing-fs.ts';
import { ContentError, formatDiagnostic, KitError } from '../diagnostics/diagnostic.ts';
import { DOWNLOADS_DIR, SUMS_FILE, byteLength, exportFiles } from '../exports/export-files.ts';
import { staleAdaptations } from '../resolve/drift.ts';
import { builtEditions } from '../resolve/editions.ts';
import { parseBuildOptions } from '../schemas/build-options.ts';
import type { BuildState } from '../site/publication.ts';
import { translator } from '../ui-strings/translator-fs.ts';
import { buildStatePlugin, registerBuildState } from './build-state-module.ts';

/** The time a step took, for its log line: `(3.2 s)`. npm run bench -- --scale reads these. */
const took = (since: number) => `(${((performance.now() - since) / 1000).toFixed(1)} s)`;

export function publicationIntegration(): AstroIntegration {
	let state: BuildState | undefined;
	return {
		name: 'clean-elections:publication',
		hooks: {
			'astro:config:setup': ({ config, logger, updateConfig }) => {
				const root = fileURLToPath(config.root);
				const options = parseBuildOptions(process.env);
				const checking = performance.now();
				const cache = openResultCache(root, 'check');
				const { diagnostics, publication } = checkProject(root, cache);
				cache.save();
				if (!publication || diagnostics.some((diagnostic) => diagnostic.severity === 'error')) throw new ContentError(diagnostics);
				logger.info(
					`check: ${publication.chapters.length} chapter files loaded, validated and linted once, ${cache.stats.hits} file results reused from ${resultCacheFile('check')} ${took(checking)}`,
				);
				for (const warning of diagnostics) logger.warn(formatDiagnostic(warning));
				// An adaptation written against base text that has since changed, or recording none yet: a warning, or an error when strict (and in CI).
				// Only the editions this build renders count: a part for one edition is not held up by another's.
				const built = new Set(builtEditions(publication, options.only).map((edition) => edition.code));
				const stale = staleAdaptations(publication).filter((item) => built.has(item.edition));
				for (const item of stale)
					logger.warn(`${item.file}:${item.line} ${item.label} (${item.edition}): the base text changed since this adaptation was written; run npm run editions:status`);
				const unrecorded = diagnostics.filter(
					(diagnostic) => diagnostic.code === 'UnrecordedAdaptation' && [...built].some((code) => diagnostic.file.startsWith(`content/editions/${code}/`)),
				).length;
				if (stale.length && options.strict) throw new KitError('StaleAdaptations', stale.length);
				if (unrecorded && options.strict) throw new KitError('UnrecordedAdaptations', unrecorded);
				// The signing key's fingerprint, for the downloads pages (read once more, to sign, after the build).
				const key = signingKey(options.signing);
				state = { root, publication, options, inputs: inputHashes(root), ...(key ? { signingFingerprint: publicKeyFingerprint(key) } : {}) };
				registerBuildState(state);
				updateConfig({ vite: { plugins: [buildStatePlugin()] } });
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!state) throw new KitError('BuildStateMissing');
				const { root, publication, options } = state;
				const outDir = fileURLToPath(dir);
				let started = performance.now();
				// First: the pages get their images before anything reads them (search, bundles, PDFs).
				const media = publishMedia(root, outDir);
				if (media.length) logger.info(`media: ${media.length} images copied to assets/media/ ${took(started)}`);
				// Then French typography, still before anything reads the pages.
				started = performance.now();
				const typeset = openResultCache(root, 'typography');
				const typography = typesetFrenchPages(outDir, publication, options.only, typeset);
				typeset.save();
				if (typography.pages)
					logger.info(
						`french typography: ${typography.spaces} spaces in ${typography.changed} of ${typography.pages} pages, ${typeset.stats.hits} reused from ${resultCacheFile('typography')} ${took(started)}`,
					);
				started = performance.now();
				const translatorFor = (locale: string) => translator(root, locale);
				const exports = exportFiles(publication, translatorFor, options.only);
				writeExports(outDir, exports);
				logger.info(`exports: ${exports.length} files ${took(started)}`);
				started = performance.now();
				const searchCache = resultCachesOn() ? openOutputCache(path.join(root, OUTPUT_CACHE_DIRS.search)) : undefined;
				const indexes = await writeSearchIndexes(outDir, publication, translatorFor, options.only, undefined, searchCache);
				logger.info(
					`search: ${indexes.length} Pagefind and offline indexes (${indexes.map((index) => `${index.edition}/${index.locale} ${index.records}`).join(', ')}), ${indexes.filter((index) => index.reused).length} reused from ${OUTPUT_CACHE_DIRS.search}/ ${took(started)}`,
				);
				started = performance.now();
				const locales = [...new Set(builtEditions(publication, options.only).flatMap((edition) => edition.locales))];
				const scripts = await writeClientScripts(root, outDir, locales);
				for (const script of scripts) logger.info(`${script.file}: ${script.bytes} bytes`);
				logger.info(`client scripts: ${scripts.length} files ${took(started)}`);
				started = performance.now();
				const pdfCache = options.pdfCache && path.resolve(root, options.pdfCache);
				const deflateCache = resultCachesOn() ? openDeflateCache(path.join(root, DEFLATE_CACHE_DIR)) : undefined;
				const built = await writeBuiltDownloads(outDir, publication, exports, translatorFor, { ...options, pdfCache, ...(deflateCache ? { deflateCache } : {}) });
				if (built.skippedPdfs) logger.warn(`PDFs skipped: ${built.skippedPdfs}`);
				if (built.pdfRun) logger.info(`pdf: ${built.pdfRun.printed} printed, ${built.pdfRun.reused} reused from cache (${built.pdfRun.seconds.toFixed(1)} s)`);
				logger.info(
					`bundles: ${built.files.filter((file) => file.format === 'zip').length} zips in ${built.zipMs} ms, ${built.zipFiles.deflated} files deflated, ${built.zipFiles.reused} reused from ${DEFLATE_CACHE_DIR}/`,
				);
				for (const file of built.files)
					logger.info(`${file.path}: ${Math.round(byteLength(file.content) / 1024)} KiB${built.pdfPages[file.path] ? `, ${built.pdfPages[file.path]} pages` : ''}`);
				logger.info(`downloads: ${built.files.length} files, PDFs ${(built.pdfRun?.seconds ?? 0).toFixed(1)} s ${took(started)}`);
				started = performance.now();
				const downloads = [...exports, ...built.files];
				const fingerprint = writeSums(outDir, downloads, options.signing);
				if (fingerprint)
					logger.info(
						`${DOWNLOADS_DIR}/${SUMS_FILE} signed. The public key's fingerprint (SHA-256 of its DER): ${fingerprint}. Publish it by a channel other than the files; recipients check with npm run verify -- <file> --fingerprint ${fingerprint}`,
					);
				writeManifest(outDir, buildManifest(publication, downloads, options.only));
				const links = checkRelativeLinks(outDir);
				if (links.offenders.length) throw new KitError('RootAbsoluteUrls', links.offenders);
				logger.info(`manifest.json written; ${links.pages} pages, all links relative ${took(started)}`);
			},
		},
	};
}
