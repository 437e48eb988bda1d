/**
 * Checking a download: SHA256SUMS and its Ed25519 signature, with our
 * `npm run verify` and with the standard tools (sha256sum, openssl).
 */
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sumsFile } from '../../src/exports/export-files.ts';
import { publicKeyPem, signingKey, signSums } from '../../src/downloads/signing-fs.ts';
import { ensureDebianPackage } from '../support/debian-package.ts';
import { copyProject } from '../support/project-copy.ts';

const project = path.resolve(import.meta.dirname, '../..');
let dir: string;
const verify = (...args: string[]) => spawnSync(process.execPath, [path.join(project, 'scripts/verify.ts'), ...args], { cwd: dir, encoding: 'utf8' });

beforeAll(() => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'cet-verify-'));
	const files = [
		{ path: 'downloads/base-en.csv', content: 'id,title\r\nINC-1,Adopt\r\n' },
		{ path: 'downloads/base-en.json', content: '{"chapters":[]}\n' },
	];
	for (const file of files) writeFileSync(path.join(dir, path.basename(file.path)), file.content);
	const { privateKey } = generateKeyPairSync('ed25519');
	const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
	const key = signingKey({ CET_SIGNING_KEY: pem })!;
	const sums = sumsFile(files);
	writeFileSync(path.join(dir, 'SHA256SUMS'), sums);
	writeFileSync(path.join(dir, 'SHA256SUMS.sig'), signSums(sums, key));
	writeFileSync(path.join(dir, 'SHA256SUMS.pub.pem'), publicKeyPem(key));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('verifying downloads', () => {
	it('accepts an intact file and a valid signature, as do sha256sum and openssl', () => {
		const result = verify('base-en.csv');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('SHA256SUMS: signature OK');
		expect(result.stdout).toContain('base-en.csv: OK');
		expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir }).status).toBe(0);
		const openssl = spawnSync(
			ensureDebianPackage('openssl', 'openssl'),
			['pkeyutl', '-verify', '-pubin', '-inkey', 'SHA256SUMS.pub.pem', '-rawin', '-in', 'SHA256SUMS', '-sigfile', 'SHA256SUMS.sig'],
			{ cwd: dir, encoding: 'utf8' },
		);
		expect(openssl.stdout + openssl.stderr).toContain('Signature Verified Successfully');
	});

	it('catches a one-byte change in a download', () => {
		const file = path.join(dir, 'base-en.json');
		const original = readFileSync(file);
		const tampered = Buffer.from(original);
		tampered[2] = tampered[2]! ^ 1;
		writeFileSync(file, tampered);
		try {
			const result = verify('base-en.json');
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(/^FAILED: base-en\.json: its SHA-256 is [0-9a-f]{64}, but SHA256SUMS says [0-9a-f]{64}\. The file was altered or damaged; do not use it\./);
		} finally {
			writeFileSync(file, original);
		}
	});

	it('catches a changed SHA256SUMS through its signature', () => {
		const sums = path.join(dir, 'SHA256SUMS');
		const original = readFileSync(sums, 'utf8');
		writeFileSync(
			sums,
			original.replace(/^./, (character) => (character === 'a' ? 'b' : 'a')),
		);
		try {
			const result = verify('base-en.csv');
			expect(result.status).toBe(1);
			expect(result.stderr).toBe('FAILED: the signature of SHA256SUMS does not match: the list of fingerprints was altered, or signed with another key.\n');
		} finally {
			writeFileSync(sums, original);
		}
	});

	it('refuses a key that is not Ed25519', () => {
		const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
		expect(() => signingKey({ CET_SIGNING_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() })).toThrow(
			'The signing key must be an Ed25519 private key (openssl genpkey -algorithm ed25519).',
		);
	});
});

describe('a build with a signing key', () => {
	it('signs SHA256SUMS, every download verifies, and a one-byte change in a bundle is caught', () => {
		const work = copyProject('signed');
		try {
			const { privateKey } = generateKeyPairSync('ed25519');
			writeFileSync(path.join(work, 'signing-key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
			const built = spawnSync(process.execPath, ['scripts/build.ts', '--edition', 'base', '--locale', 'en'], {
				cwd: work,
				encoding: 'utf8',
				env: { ...process.env, CET_PDF: '0', CET_SIGNING_KEY_FILE: path.join(work, 'signing-key.pem') },
			});
			expect(built.status, built.stderr).toBe(0);
			const downloads = path.join(work, 'dist/downloads');
			expect(readFileSync(path.join(downloads, 'SHA256SUMS.sig'))).toHaveLength(64);
			const verifyBuilt = (name: string) => spawnSync(process.execPath, ['scripts/verify.ts', `dist/downloads/${name}`], { cwd: work, encoding: 'utf8' });
			for (const name of ['base-en.json', 'base-en.csv', 'base-en.oscal.json', 'base-en.zip']) {
				const result = verifyBuilt(name);
				expect(result.stdout, result.stderr).toContain(`${name}: OK`);
				expect(result.stdout).toContain('SHA256SUMS: signature OK');
			}
			// One byte of the offline bundle changed, in the middle of the file.
			const zip = path.join(downloads, 'base-en.zip');
			const tampered = readFileSync(zip);
			const middle = Math.floor(tampered.length / 2);
			tampered[middle] = tampered[middle]! ^ 0x20;
			writeFileSync(zip, tampered);
			const caught = verifyBuilt('base-en.zip');
			expect(caught.status).toBe(1);
			expect(caught.stderr).toMatch(/^FAILED: base-en\.zip: its SHA-256 is [0-9a-f]{64}, but SHA256SUMS says [0-9a-f]{64}\. The file was altered or damaged; do not use it\./);
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	});
});
