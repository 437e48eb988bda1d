/**
 * Detached Ed25519 signatures of `SHA256SUMS`, so a recipient can check that
 * the list of fingerprints itself came from the publisher. The signature is
 * raw (64 bytes), as `openssl pkeyutl -verify -rawin` reads it.
 */
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { KitError } from '../diagnostics/diagnostic.ts';

export { PUBLIC_KEY_FILE, SIGNATURE_FILE } from './signing-names.ts';

/**
 * The signing key from the environment: `CET_SIGNING_KEY` (a PEM Ed25519
 * private key) or `CET_SIGNING_KEY_FILE` (a path to one). None: no signature.
 */
export function signingKey(environment: { CET_SIGNING_KEY?: string | undefined; CET_SIGNING_KEY_FILE?: string | undefined }): KeyObject | undefined {
	const file = environment.CET_SIGNING_KEY_FILE;
	if (environment.CET_SIGNING_KEY === undefined && file !== undefined && !existsSync(file))
		throw new KitError('SigningKeyInvalid', `CET_SIGNING_KEY_FILE names ${file}, which does not exist.`);
	const pem = environment.CET_SIGNING_KEY ?? (file ? readFileSync(file, 'utf8') : undefined);
	if (!pem) return undefined;
	let key: KeyObject;
	try {
		key = createPrivateKey(pem);
	} catch {
		throw new KitError('SigningKeyInvalid', 'The signing key is not a private key in PEM format.');
	}
	if (key.asymmetricKeyType !== 'ed25519') throw new KitError('SigningKeyInvalid', 'The signing key must be an Ed25519 private key (openssl genpkey -algorithm ed25519).');
	return key;
}

export function signSums(sums: string | Uint8Array, key: KeyObject): Buffer {
	return sign(null, Buffer.from(sums), key);
}

export function publicKeyPem(key: KeyObject): string {
	return createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
}

/**
 * The key's fingerprint: the SHA-256 of its public key in DER (SubjectPublicKeyInfo),
 * in hex, as `openssl pkey -pubin -in SHA256SUMS.pub.pem -outform DER | sha256sum` prints it.
 */
export function publicKeyFingerprint(key: KeyObject): string {
	return createHash('sha256')
		.update((key.type === 'public' ? key : createPublicKey(key)).export({ type: 'spki', format: 'der' }))
		.digest('hex');
}

/** A PEM public key as the Ed25519 key it holds, or why it is not one. */
export function readPublicKey(pem: string): { key: KeyObject } | { problem: 'not-pem' | 'not-ed25519' } {
	let key: KeyObject;
	try {
		key = createPublicKey(pem);
	} catch {
		return { problem: 'not-pem' };
	}
	return key.asymmetricKeyType === 'ed25519' ? { key } : { problem: 'not-ed25519' };
}

export function verifySums(sums: Uint8Array, signature: Uint8Array, publicKey: string | KeyObject): boolean {
	return verify(null, sums, typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey, signature);
}
