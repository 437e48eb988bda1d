/**
 * `npm run verify -- <file> [--sums <SHA256SUMS>] [--key <public key PEM>] [--fingerprint <sha256>]`:
 * checks a download against SHA256SUMS (by default the one beside it) and the
 * signature of SHA256SUMS.
 *
 * - `--key` (the publisher's public key, got from them by another channel) or
 *   `--fingerprint` (the SHA-256 of that key in DER, which the build prints)
 *   makes the signature required: a missing or invalid one fails.
 * - Without either, a signature is checked with SHA256SUMS.pub.pem beside the
 *   files, and the output says that this key proves nothing: whoever could
 *   replace the files could replace it too.
 * - An unsigned list detects accidental damage, not tampering, and says so.
 *
 * Every failure is one line on stderr, exit code 1, ending with what to do.
 */
import { createHash, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PUBLIC_KEY_FILE, publicKeyFingerprint, readPublicKey, SIGNATURE_FILE, verifySums } from '../src/downloads/signing-fs.ts';
import { sumsEntries } from '../src/exports/export-files.ts';
import { commandLine } from './support/args.ts';

const GET_AGAIN = "Do not use the file: download it again from the publisher's own channel, and check it again.";
const GET_KEY =
	"Get the publisher's public key (or its fingerprint) again from the publisher, by a channel other than the one the files came from, and check again; until then, do not use the file.";
const PROVE = 'to check that the list is the publisher’s, get their public key or its fingerprint from them by another channel and pass --key <file> or --fingerprint <sha256>';

const fail = (message: string, todo = GET_AGAIN): never => {
	console.error(`FAILED: ${message} ${todo}`);
	process.exit(1);
};
const usage = (message: string): never => {
	console.error(message);
	process.exit(2);
};

const USAGE = `Usage: npm run verify -- <file> [--sums <SHA256SUMS>] [--key <public key .pem>] [--fingerprint <sha256 of the key>]
  Checks a download against SHA256SUMS and the signature of SHA256SUMS.`;
const { values, positionals } = commandLine(USAGE, { allowPositionals: true, options: { sums: { type: 'string' }, key: { type: 'string' }, fingerprint: { type: 'string' } } });
const [target] = positionals;
if (!target) usage('Name the file to check, for example: npm run verify -- dist/downloads/base-en.csv');

const pinnedFingerprint = values.fingerprint?.replace(/[\s:]/g, '').toLowerCase();
if (pinnedFingerprint !== undefined && !/^[0-9a-f]{64}$/.test(pinnedFingerprint))
	usage(`--fingerprint takes the 64 hexadecimal digits of the SHA-256 of the publisher's public key (DER), as the build prints it; "${values.fingerprint}" is not that.`);

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();
const display = (file: string) => path.relative(process.cwd(), file) || file;

/** A key file as an Ed25519 public key; fails with one line when it is not one. */
function keyFrom(file: string, label: string): KeyObject {
	if (!isFile(file)) fail(`${label} does not exist, or is not a file.`, GET_KEY);
	const read = readPublicKey(readFileSync(file, 'utf8'));
	if ('problem' in read)
		fail(
			read.problem === 'not-pem'
				? `${label} is not a public key in PEM format (a text file that begins with -----BEGIN PUBLIC KEY-----).`
				: `${label} is not an Ed25519 public key, the kind this publication is signed with.`,
			GET_KEY,
		);
	return (read as { key: KeyObject }).key;
}

function main() {
	const file = path.resolve(target!);
	const sumsPath = path.resolve(values.sums ?? path.join(path.dirname(file), 'SHA256SUMS'));
	if (!isFile(file)) fail(`${target} does not exist.`, 'Check the name, or download the file again from the publisher.');
	if (!isFile(sumsPath))
		fail(
			`${display(sumsPath)} does not exist, so there is nothing to check ${target} against.`,
			'Download SHA256SUMS from the publisher with the file, or pass --sums <its path>.',
		);
	const sums = readFileSync(sumsPath);
	const folder = path.dirname(sumsPath);
	const signaturePath = path.join(folder, SIGNATURE_FILE);
	const besidePath = path.join(folder, PUBLIC_KEY_FILE);
	const required = values.key !== undefined || pinnedFingerprint !== undefined;

	if (!isFile(signaturePath)) {
		if (required)
			fail(
				`SHA256SUMS is not signed (there is no ${SIGNATURE_FILE} beside it), and you asked for the publisher's signature with ${values.key !== undefined ? '--key' : '--fingerprint'}. Without it, a changed file with its line in SHA256SUMS rewritten would pass.`,
			);
		console.log(
			`SHA256SUMS: not signed. This check detects accidental damage (an interrupted download, a bad disk), not tampering: whoever could change a file could also rewrite its line in SHA256SUMS.`,
		);
	} else {
		// The key: the one the reader gave, or the one beside the files (checked against a pinned fingerprint if there is one).
		if (values.key === undefined && !isFile(besidePath))
			fail(`SHA256SUMS is signed, but there is no public key to check the signature with (no ${PUBLIC_KEY_FILE} beside it, and no --key).`, GET_KEY);
		const key =
			values.key !== undefined
				? keyFrom(path.resolve(values.key), `the key file ${display(path.resolve(values.key))}`)
				: keyFrom(besidePath, `the key beside the files (${display(besidePath)})`);
		const fingerprint = publicKeyFingerprint(key);
		if (pinnedFingerprint !== undefined && fingerprint !== pinnedFingerprint)
			fail(
				`the public key ${values.key !== undefined ? `in ${display(path.resolve(values.key))}` : `beside the files (${display(besidePath)})`} has the fingerprint ${fingerprint}, not the one you gave (${pinnedFingerprint}): it is not the publisher's key.`,
			);
		if (!verifySums(sums, readFileSync(signaturePath), key))
			fail(
				`the signature of SHA256SUMS does not match ${values.key !== undefined ? 'the key you gave' : pinnedFingerprint !== undefined ? 'the key whose fingerprint you gave' : 'the key beside the files'}: the list of fingerprints was altered after it was signed, or it was signed with another key.`,
			);
		if (values.key !== undefined) console.log(`SHA256SUMS: signature OK, made with the key you gave (${display(path.resolve(values.key))}, fingerprint ${fingerprint}).`);
		else if (pinnedFingerprint !== undefined)
			console.log(`SHA256SUMS: signature OK, made with the key beside the files (${display(besidePath)}), whose fingerprint ${fingerprint} is the one you gave.`);
		else
			console.log(
				`SHA256SUMS: signature OK, made with the key found beside the files (${display(besidePath)}, fingerprint ${fingerprint}). A key found beside the files proves nothing: whoever could replace the files could replace it too. This only shows the list was not damaged; ${PROVE}.`,
			);
	}

	const name = path.relative(folder, file).split(path.sep).join('/');
	// The same reading of SHA256SUMS as verify:site's (a line that is not "<64 hex> <name>" lists nothing).
	const listed = sumsEntries(sums.toString('utf8')).find((entry) => 'name' in entry && entry.name === name);
	if (!listed || !('sha256' in listed)) return fail(`${name} is not listed in SHA256SUMS, so it cannot be checked.`);
	const expected = listed.sha256;
	const actual = createHash('sha256').update(readFileSync(file)).digest('hex');
	if (actual !== expected) fail(`${name}: its SHA-256 is ${actual}, but SHA256SUMS says ${expected}. The file was altered or damaged.`);
	console.log(`${name}: OK (${actual})`);
}

try {
	main();
} catch (error) {
	// What this script did not foresee (a folder where a file should be, an unreadable file): still one line, no stack.
	fail(`the check could not run: ${String((error as Error).message).replace(/\.$/, '')}.`, 'Check the paths you gave; until the check passes, do not use the file.');
}
