/**
 * Detached Ed25519 signatures of `SHA256SUMS`, so a recipient can check that
 * the list of fingerprints itself came from the publisher. The signature is
 * raw (64 bytes), as `openssl pkeyutl -verify -rawin` reads it.
 */
import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const SIGNATURE_FILE = 'SHA256SUMS.sig';
export const PUBLIC_KEY_FILE = 'SHA256SUMS.pub.pem';

/**
 * The signing key from the environment: `CET_SIGNING_KEY` (a PEM Ed25519
 * private key) or `CET_SIGNING_KEY_FILE` (a path to one). None: no signature.
 */
export function signingKey(environment: { CET_SIGNING_KEY?: string | undefined; CET_SIGNING_KEY_FILE?: string | undefined }): KeyObject | undefined {
	const pem = environment.CET_SIGNING_KEY ?? (environment.CET_SIGNING_KEY_FILE ? readFileSync(environment.CET_SIGNING_KEY_FILE, 'utf8') : undefined);
	if (!pem) return undefined;
	const key = createPrivateKey(pem);
	if (key.asymmetricKeyType !== 'ed25519') throw new Error('The signing key must be an Ed25519 private key (openssl genpkey -algorithm ed25519).');
	return key;
}

export function signSums(sums: string | Uint8Array, key: KeyObject): Buffer {
	return sign(null, Buffer.from(sums), key);
}

export function publicKeyPem(key: KeyObject): string {
	return createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
}

export function verifySums(sums: Uint8Array, signature: Uint8Array, publicKey: string | KeyObject): boolean {
	return verify(null, sums, typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey, signature);
}
