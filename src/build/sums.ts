/**
 * Post-build step: `downloads/SHA256SUMS` over every download and, with a
 * signing key configured, a detached Ed25519 signature and the public key beside it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { publicKeyPem, PUBLIC_KEY_FILE, SIGNATURE_FILE, signingKey, signSums } from '../downloads/signing-fs.ts';
import { DOWNLOADS_DIR, SUMS_FILE, sumsFile, type DownloadFile } from '../exports/export-files.ts';
import type { BuildOptions } from '../schemas/build-options.ts';

/** @returns whether the sums were signed */
export function writeSums(outDir: string, downloads: readonly DownloadFile[], signing: BuildOptions['signing']): boolean {
	const sums = sumsFile(downloads);
	writeFileSync(path.join(outDir, DOWNLOADS_DIR, SUMS_FILE), sums);
	const key = signingKey(signing);
	if (!key) return false;
	writeFileSync(path.join(outDir, DOWNLOADS_DIR, SIGNATURE_FILE), signSums(sums, key));
	writeFileSync(path.join(outDir, DOWNLOADS_DIR, PUBLIC_KEY_FILE), publicKeyPem(key));
	return true;
}
