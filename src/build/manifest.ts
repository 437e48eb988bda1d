/**
 * `dist/manifest.json`: what the build published — editions, locales, pages
 * and the practice IDs on each page. Tools (exports, bundles, tests) read it
 * instead of crawling HTML. No timestamps, so the same input gives the same bytes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
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
	};
}

export type Manifest = ReturnType<typeof buildManifest>;

/** Post-build step: `manifest.json` at the root of the output. */
export function writeManifest(outDir: string, manifest: Manifest): void {
	writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
}
