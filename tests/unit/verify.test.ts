/**
 * Checking a download: SHA256SUMS and its Ed25519 signature, with our
 * `npm run verify` and with the standard tools (sha256sum, openssl).
 */
import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sumsFile } from '../../src/exports/export-files.ts';
import { publicKeyPem, signingKey, signSums } from '../../src/downloads/signing-fs.ts';
import { ensureDebianPackage } from '../support/debian-package.ts';
import { copyProject } from '../support/project-copy.ts';

const project = path.resolve(import.meta.dirname, '../..');
const HOSTILE_KEYS = path.join(project, 'tests/fixtures/hostile/signing-keys');
let dir: string;
/** Output with its SHA-256 values masked: what is pinned is the wording, not the random keys. */
const masked = (text: string) => text.replace(/\b[0-9a-f]{64}\b/g, '<sha256>');
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
			expect(masked(result.stderr)).toMatchInlineSnapshot(`
				"FAILED: base-en.json: its SHA-256 is <sha256>, but SHA256SUMS says <sha256>. The file was altered or damaged. Do not use the file: download it again from the publisher's own channel, and check it again.
				"
			`);
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
			expect(result.stderr).toMatchInlineSnapshot(`
				"FAILED: the signature of SHA256SUMS does not match the key beside the files: the list of fingerprints was altered after it was signed, or it was signed with another key. Do not use the file: download it again from the publisher's own channel, and check it again.
				"
			`);
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

/**
 * The ways a check can be fooled or can fail, each on its own copy of the
 * signed downloads. Keys and signatures of the attacker are made with openssl,
 * as a recipient would; the fingerprints are the SHA-256 of the key's DER, as
 * `openssl pkey -pubin -outform DER | sha256sum` prints it.
 */
describe('what the check proves, and what to do when it fails', () => {
	const openssl = (...args: string[]) => {
		const result = spawnSync(ensureDebianPackage('openssl', 'openssl'), args, { cwd: scenario, encoding: 'utf8' });
		expect(result.status, result.stderr).toBe(0);
		return result.stdout;
	};
	let scenario: string;
	const run = (...args: string[]) => {
		const result = spawnSync(process.execPath, [path.join(project, 'scripts/verify.ts'), ...args], { cwd: scenario, encoding: 'utf8' });
		const names = (text: string) =>
			masked(
				attackerFingerprint
					? text.replaceAll(publisherFingerprint, '<publisher key>').replaceAll(attackerFingerprint, '<attacker key>')
					: text.replaceAll(publisherFingerprint, '<publisher key>'),
			);
		return { status: result.status, stdout: names(result.stdout), stderr: names(result.stderr) };
	};
	let publisherFingerprint: string;
	let attackerFingerprint: string | undefined;
	/** The attacker's own key pair, made with openssl; the public half in attacker.pub.pem. */
	const attackerKey = () => {
		openssl('genpkey', '-algorithm', 'ed25519', '-out', 'attacker.pem');
		openssl('pkey', '-in', 'attacker.pem', '-pubout', '-out', 'attacker.pub.pem');
		openssl('pkey', '-pubin', '-in', 'attacker.pub.pem', '-outform', 'DER', '-out', 'attacker.pub.pem.der');
		attackerFingerprint = createHash('sha256')
			.update(readFileSync(path.join(scenario, 'attacker.pub.pem.der')))
			.digest('hex');
	};
	/** A changed base-en.csv with its line in SHA256SUMS rewritten to match. */
	const tamperWithLine = () => {
		const changed = 'id,title\r\nINC-1,Skip the audit\r\n';
		writeFileSync(path.join(scenario, 'base-en.csv'), changed);
		const sums = readFileSync(path.join(scenario, 'SHA256SUMS'), 'utf8').replace(/^[0-9a-f]{64}(?=  base-en\.csv$)/m, createHash('sha256').update(changed).digest('hex'));
		writeFileSync(path.join(scenario, 'SHA256SUMS'), sums);
	};

	beforeEach(() => {
		scenario = mkdtempSync(path.join(os.tmpdir(), 'cet-verify-case-'));
		cpSync(dir, scenario, { recursive: true });
		// The publisher's key, as a recipient got it by another channel.
		cpSync(path.join(dir, 'SHA256SUMS.pub.pem'), path.join(scenario, 'publisher.pem'));
		openssl('pkey', '-pubin', '-in', 'publisher.pem', '-outform', 'DER', '-out', 'publisher.pem.der');
		publisherFingerprint = createHash('sha256')
			.update(readFileSync(path.join(scenario, 'publisher.pem.der')))
			.digest('hex');
		attackerFingerprint = undefined;
	});
	afterEach(() => rmSync(scenario, { recursive: true, force: true }));

	it('with --key, accepts the publisher’s signature and names the key it used', () => {
		const result = run('base-en.csv', '--key', 'publisher.pem');
		expect(result).toMatchInlineSnapshot(`
			{
			  "status": 0,
			  "stderr": "",
			  "stdout": "SHA256SUMS: signature OK, made with the key you gave (publisher.pem, fingerprint <publisher key>).
			base-en.csv: OK (<sha256>)
			",
			}
		`);
	});

	it('with --fingerprint, accepts the key beside the files only when its fingerprint is the pinned one', () => {
		expect(run('base-en.csv', '--fingerprint', publisherFingerprint)).toMatchInlineSnapshot(`
			{
			  "status": 0,
			  "stderr": "",
			  "stdout": "SHA256SUMS: signature OK, made with the key beside the files (SHA256SUMS.pub.pem), whose fingerprint <publisher key> is the one you gave.
			base-en.csv: OK (<sha256>)
			",
			}
		`);
		// The same digits with colons and in capitals, as some tools print them.
		expect(run('base-en.csv', '--fingerprint', publisherFingerprint.toUpperCase().replace(/(..)(?!$)/g, '$1:')).status).toBe(0);
	});

	it('with --key, fails when SHA256SUMS.sig was removed and a tampered file’s line was rewritten', () => {
		tamperWithLine();
		rmSync(path.join(scenario, 'SHA256SUMS.sig'));
		expect(run('base-en.csv', '--key', 'publisher.pem')).toMatchInlineSnapshot(`
			{
			  "status": 1,
			  "stderr": "FAILED: SHA256SUMS is not signed (there is no SHA256SUMS.sig beside it), and you asked for the publisher's signature with --key. Without it, a changed file with its line in SHA256SUMS rewritten would pass. Do not use the file: download it again from the publisher's own channel, and check it again.
			",
			  "stdout": "",
			}
		`);
		expect(run('base-en.csv', '--fingerprint', publisherFingerprint)).toMatchInlineSnapshot(`
			{
			  "status": 1,
			  "stderr": "FAILED: SHA256SUMS is not signed (there is no SHA256SUMS.sig beside it), and you asked for the publisher's signature with --fingerprint. Without it, a changed file with its line in SHA256SUMS rewritten would pass. Do not use the file: download it again from the publisher's own channel, and check it again.
			",
			  "stdout": "",
			}
		`);
	});

	it('without --key, a replaced signature and key pass but the output says whose key it was and that it proves nothing', () => {
		tamperWithLine();
		attackerKey();
		openssl('pkeyutl', '-sign', '-inkey', 'attacker.pem', '-rawin', '-in', 'SHA256SUMS', '-out', 'SHA256SUMS.sig');
		cpSync(path.join(scenario, 'attacker.pub.pem'), path.join(scenario, 'SHA256SUMS.pub.pem'));
		expect(run('base-en.csv')).toMatchInlineSnapshot(`
			{
			  "status": 0,
			  "stderr": "",
			  "stdout": "SHA256SUMS: signature OK, made with the key found beside the files (SHA256SUMS.pub.pem, fingerprint <attacker key>). A key found beside the files proves nothing: whoever could replace the files could replace it too. This only shows the list was not damaged; to check that the list is the publisher’s, get their public key or its fingerprint from them by another channel and pass --key <file> or --fingerprint <sha256>.
			base-en.csv: OK (<sha256>)
			",
			}
		`);
		// The publisher's key or fingerprint catches it.
		expect(run('base-en.csv', '--key', 'publisher.pem')).toMatchInlineSnapshot(`
			{
			  "status": 1,
			  "stderr": "FAILED: the signature of SHA256SUMS does not match the key you gave: the list of fingerprints was altered after it was signed, or it was signed with another key. Do not use the file: download it again from the publisher's own channel, and check it again.
			",
			  "stdout": "",
			}
		`);
		expect(run('base-en.csv', '--fingerprint', publisherFingerprint)).toMatchInlineSnapshot(`
			{
			  "status": 1,
			  "stderr": "FAILED: the public key beside the files (SHA256SUMS.pub.pem) has the fingerprint <attacker key>, not the one you gave (<publisher key>): it is not the publisher's key. Do not use the file: download it again from the publisher's own channel, and check it again.
			",
			  "stdout": "",
			}
		`);
	});

	it('on an unsigned list, says that it detects damage, not tampering', () => {
		rmSync(path.join(scenario, 'SHA256SUMS.sig'));
		rmSync(path.join(scenario, 'SHA256SUMS.pub.pem'));
		expect(run('base-en.csv')).toMatchInlineSnapshot(`
			{
			  "status": 0,
			  "stderr": "",
			  "stdout": "SHA256SUMS: not signed. This check detects accidental damage (an interrupted download, a bad disk), not tampering: whoever could change a file could also rewrite its line in SHA256SUMS.
			base-en.csv: OK (<sha256>)
			",
			}
		`);
	});

	it('refuses a key file that is not PEM, or not Ed25519, in one line without a stack', () => {
		cpSync(path.join(HOSTILE_KEYS, 'not-a-key.pem'), path.join(scenario, 'not-a-key.pem'));
		expect(run('base-en.csv', '--key', 'not-a-key.pem')).toMatchInlineSnapshot(`
			{
			  "status": 1,
			  "stderr": "FAILED: the key file not-a-key.pem is not a public key in PEM format (a text file that begins with -----BEGIN PUBLIC KEY-----). Get the publisher's public key (or its fingerprint) again from the publisher, by a channel other than the one the files came from, and check again; until then, do not use the file.
			",
			  "stdout": "",
			}
		`);
		cpSync(path.join(HOSTILE_KEYS, 'p256.pub.pem'), path.join(scenario, 'ec.pub.pem'));
		expect(run('base-en.csv', '--key', 'ec.pub.pem')).toMatchInlineSnapshot(`
			{
			  "status": 1,
			  "stderr": "FAILED: the key file ec.pub.pem is not an Ed25519 public key, the kind this publication is signed with. Get the publisher's public key (or its fingerprint) again from the publisher, by a channel other than the one the files came from, and check again; until then, do not use the file.
			",
			  "stdout": "",
			}
		`);
		// The key beside the files, when it is garbage.
		writeFileSync(path.join(scenario, 'SHA256SUMS.pub.pem'), 'not a key\n');
		expect(run('base-en.csv')).toMatchInlineSnapshot(`
			{
			  "status": 1,
			  "stderr": "FAILED: the key beside the files (SHA256SUMS.pub.pem) is not a public key in PEM format (a text file that begins with -----BEGIN PUBLIC KEY-----). Get the publisher's public key (or its fingerprint) again from the publisher, by a channel other than the one the files came from, and check again; until then, do not use the file.
			",
			  "stdout": "",
			}
		`);
		expect(run('base-en.csv', '--key', 'missing.pem')).toMatchInlineSnapshot(`
			{
			  "status": 1,
			  "stderr": "FAILED: the key file missing.pem does not exist, or is not a file. Get the publisher's public key (or its fingerprint) again from the publisher, by a channel other than the one the files came from, and check again; until then, do not use the file.
			",
			  "stdout": "",
			}
		`);
	});

	it('fails when the list is signed and there is no key to check it with', () => {
		rmSync(path.join(scenario, 'SHA256SUMS.pub.pem'));
		expect(run('base-en.csv')).toMatchInlineSnapshot(`
			{
			  "status": 1,
			  "stderr": "FAILED: SHA256SUMS is signed, but there is no public key to check the signature with (no SHA256SUMS.pub.pem beside it, and no --key). Get the publisher's public key (or its fingerprint) again from the publisher, by a channel other than the one the files came from, and check again; until then, do not use the file.
			",
			  "stdout": "",
			}
		`);
	});

	it('refuses a malformed fingerprint and unknown options as usage errors', () => {
		expect(run('base-en.csv', '--fingerprint', 'abc123')).toMatchInlineSnapshot(`
			{
			  "status": 2,
			  "stderr": "--fingerprint takes the 64 hexadecimal digits of the SHA-256 of the publisher's public key (DER), as the build prints it; "abc123" is not that.
			",
			  "stdout": "",
			}
		`);
		expect(run('base-en.csv', '--keys', 'publisher.pem')).toMatchInlineSnapshot(`
			{
			  "status": 2,
			  "stderr": "Unknown option --keys.

			Usage: npm run verify -- <file> [--sums <SHA256SUMS>] [--key <public key .pem>] [--fingerprint <sha256 of the key>]
			  Checks a download against SHA256SUMS and the signature of SHA256SUMS.
			",
			  "stdout": "",
			}
		`);
	});

	it('fails on a file that SHA256SUMS does not list, and on a missing SHA256SUMS', () => {
		writeFileSync(path.join(scenario, 'extra.txt'), 'extra\n');
		expect(run('extra.txt')).toMatchInlineSnapshot(`
			{
			  "status": 1,
			  "stderr": "FAILED: extra.txt is not listed in SHA256SUMS, so it cannot be checked. Do not use the file: download it again from the publisher's own channel, and check it again.
			",
			  "stdout": "SHA256SUMS: signature OK, made with the key found beside the files (SHA256SUMS.pub.pem, fingerprint <publisher key>). A key found beside the files proves nothing: whoever could replace the files could replace it too. This only shows the list was not damaged; to check that the list is the publisher’s, get their public key or its fingerprint from them by another channel and pass --key <file> or --fingerprint <sha256>.
			",
			}
		`);
		rmSync(path.join(scenario, 'SHA256SUMS'));
		expect(run('base-en.csv')).toMatchInlineSnapshot(`
			{
			  "status": 1,
			  "stderr": "FAILED: SHA256SUMS does not exist, so there is nothing to check base-en.csv against. Download SHA256SUMS from the publisher with the file, or pass --sums <its path>.
			",
			  "stdout": "",
			}
		`);
	});

	it('ends every failure with what to do', () => {
		tamperWithLine();
		const failures = [run('base-en.csv', '--key', 'publisher.pem')];
		rmSync(path.join(scenario, 'SHA256SUMS.sig'));
		failures.push(run('base-en.csv', '--key', 'publisher.pem'), run('base-en.csv', '--key', 'missing.pem'));
		for (const failure of failures) {
			expect(failure.status).toBe(1);
			expect(failure.stderr.trim().split('\n')).toHaveLength(1);
			expect(failure.stderr).toMatch(/(Do not use the file: download it again from the publisher's own channel, and check it again\.|until then, do not use the file\.)\n$/);
		}
	});
});

describe('a build with a signing key', () => {
	it('signs SHA256SUMS, every download verifies, and a one-byte change in a bundle is caught', () => {
		const work = copyProject('signed');
		try {
			const { privateKey } = generateKeyPairSync('ed25519');
			writeFileSync(path.join(work, 'signing-key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
			const built = spawnSync(process.execPath, ['scripts/build.ts', '--edition', 'base', '--locale', 'en', '--out', 'dist'], {
				cwd: work,
				encoding: 'utf8',
				env: { ...process.env, CET_PDF: '0', CET_SIGNING_KEY_FILE: path.join(work, 'signing-key.pem') },
			});
			expect(built.status, built.stderr).toBe(0);
			const downloads = path.join(work, 'dist/downloads');
			expect(readFileSync(path.join(downloads, 'SHA256SUMS.sig'))).toHaveLength(64);
			// The build prints the key's fingerprint, as openssl computes it, and the downloads page shows it.
			const der = spawnSync(ensureDebianPackage('openssl', 'openssl'), ['pkey', '-pubin', '-in', path.join(downloads, 'SHA256SUMS.pub.pem'), '-outform', 'DER']);
			const fingerprint = createHash('sha256').update(der.stdout).digest('hex');
			expect(built.stdout).toContain(`The public key's fingerprint (SHA-256 of its DER): ${fingerprint}.`);
			const page = readFileSync(path.join(work, 'dist/base/en/downloads.html'), 'utf8');
			expect(page).toMatch(new RegExp(`data-signing-fingerprint[^>]*>\\s*${fingerprint}\\s*<`));
			expect(page).toContain(`npm run verify -- base-en.json --fingerprint ${fingerprint}`);
			const pinned = spawnSync(process.execPath, ['scripts/verify.ts', 'dist/downloads/base-en.csv', '--fingerprint', fingerprint], { cwd: work, encoding: 'utf8' });
			expect(pinned.status, pinned.stderr).toBe(0);
			expect(pinned.stdout).toContain(`whose fingerprint ${fingerprint} is the one you gave.`);
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
			expect(masked(caught.stderr)).toBe(
				"FAILED: base-en.zip: its SHA-256 is <sha256>, but SHA256SUMS says <sha256>. The file was altered or damaged. Do not use the file: download it again from the publisher's own channel, and check it again.\n",
			);
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	});
});
