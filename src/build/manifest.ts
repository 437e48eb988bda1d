/**
 * `dist/manifest.json`: what the build published — editions, locales, pages
 * and the practice IDs on each page. Tools (exports, bundles, tests) read it
 * instead of crawling HTML. No timestamps, so the same input gives the same bytes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Publication } from '../content/types.ts';
import { builtEditions } from '../resolve/editions.ts';
import type { BuildSelection } from '../schemas/build-options.ts';
import { siteRoutes } from '../site/routes.ts';
import { byteLength, sha256, type DownloadFile } from '../exports/export-files.ts';

export function buildManifest(publication: Publication, downloads: readonly DownloadFile[] = [], only: BuildSelection = {}) {
	const routes = siteRoutes(publication, only);
	const { template } = publication;
	return {
		schemaVersion: 1,
		template: { version: template.version, released: template.released, reviewed: template.reviewed },
		editions: builtEditions(publication, only).map((edition) => ({
			code: edition.code,
			base: edition.isBase,
			locales: edition.locales.map((code) => {
				const locale = template.locales.find((candidate) => candidate.code === code);
				return {
					code,
					name: locale?.name ?? code,
					dir: locale?.dir ?? 'ltr',
					pages: routes
						.filter((route) => route.edition === edition.code && route.locale === code)
						.map((route) => ({ path: route.file, kind: route.kind, slug: route.slug, practiceIds: route.practiceIds })),
				};
			}),
		})),
		/** Every download (exports, PDFs, offline bundles) and published schema, with its size and SHA-256. */
		downloads: downloads.map((file) => ({
			path: file.path,
			format: file.format,
			edition: file.edition,
			locale: file.locale,
			bytes: byteLength(file.content),
			sha256: sha256(file.content),
		})),
	} satisfies ManifestFile;
}

export type Manifest = ReturnType<typeof buildManifest>;

/**
 * `manifest.json` as a tool reads it back (`npm run verify:site`, on a merged
 * site). `buildManifest` is checked against it, so the two cannot drift.
 */
export const manifestFileSchema = z.object({
	schemaVersion: z.literal(1),
	template: z.object({ version: z.string(), released: z.string(), reviewed: z.string() }),
	editions: z.array(
		z.object({
			code: z.string(),
			base: z.boolean(),
			locales: z.array(
				z.object({
					code: z.string(),
					name: z.string(),
					dir: z.enum(['ltr', 'rtl']),
					/** Every page of the edition in the locale, by its path from the site's root. */
					pages: z.array(z.object({ path: z.string(), kind: z.string(), slug: z.string(), practiceIds: z.array(z.string()) })),
				}),
			),
		}),
	),
	downloads: z.array(
		z.object({
			/** From the site's root. @example downloads/base-en.zip */
			path: z.string(),
			format: z.string(),
			edition: z.string().optional(),
			locale: z.string().optional(),
			bytes: z.number().int().nonnegative(),
			sha256: z.string().regex(/^[0-9a-f]{64}$/),
		}),
	),
});

export type ManifestFile = z.input<typeof manifestFileSchema>;

/** Post-build step: `manifest.json` at the root of the output. */
export function writeManifest(outDir: string, manifest: Manifest): void {
	writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
}
