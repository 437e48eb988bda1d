/**
 * The shipped offline bundles, unzipped as a recipient would: each into its
 * own folder under `test-results/bundles/`, which a third test server also
 * serves over http (any static server must do).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { SITE_PORT } from './l10n-fixture.ts';
import { distDir, manifest } from './site.ts';

export const BUNDLES_DIR = path.resolve(import.meta.dirname, '../../../test-results/bundles');
export const BUNDLES_PORT = SITE_PORT + 2;
export const BUNDLES_SITE = `http://127.0.0.1:${BUNDLES_PORT}/`;

export interface ShippedBundle {
	edition: string;
	locale: string;
	/** The zip, relative to `dist/`. */
	zip: string;
	/** The folder the zip unpacks to, relative to BUNDLES_DIR. */
	folder: string;
}

export function shippedBundles(): ShippedBundle[] {
	return manifest()
		.downloads.filter((file) => file.format === 'zip')
		.map((file) => ({ edition: file.edition!, locale: file.locale!, zip: file.path, folder: `clean-elections-template-${file.edition}-${file.locale}` }));
}

export function unzipBundles(): void {
	rmSync(BUNDLES_DIR, { recursive: true, force: true });
	for (const bundle of shippedBundles()) {
		for (const [name, bytes] of Object.entries(unzipSync(readFileSync(path.join(distDir, bundle.zip))))) {
			if (name.endsWith('/')) continue;
			const target = path.join(BUNDLES_DIR, name);
			mkdirSync(path.dirname(target), { recursive: true });
			writeFileSync(target, bytes);
		}
	}
}
