/**
 * Post-build step: `downloads/SHA256SUMS` over every download and, with a
 * signing key configured, a detached Ed25519 signature and the public key beside it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { publicKeyFingerprint, publicKeyPem, PUBLIC_KEY_FILE, SIGNATURE_FILE, signingKey, signSums } from '../downloads/signing-fs.ts';
import { DOWNLOADS_DIR, SUMS_FILE, sumsFile, type DownloadFile } from '../exports/export-files.ts';
import type { BuildOptions } from '../schemas/build-options.ts';

/** @returns the fingerprint of the public key when the sums were signed (see `publicKeyFingerprint`), otherwise undefined */
export function writeSums(outDir: string, downloads: readonly DownloadFile[], signing: BuildOptions['signing']): string | undefined {
	const sums = sumsFile(downloads);
	writeFileSync(path.join(outDir, DOWNLOADS_DIR, SUMS_FILE), sums);
	const key = signingKey(signing);
	if (!key) return undefined;
	writeFileSync(path.join(outDir, DOWNLOADS_DIR, SIGNATURE_FILE), signSums(sums, key));
	writeFileSync(path.join(outDir, DOWNLOADS_DIR, PUBLIC_KEY_FILE), publicKeyPem(key));
	return publicKeyFingerprint(key);
}
