/**
 * `npm run verify -- <file> [--sums <SHA256SUMS>] [--key <public key PEM>]`:
 * checks a download against SHA256SUMS (by default the one beside it) and,
 * when SHA256SUMS.sig is there, checks that signature with the publisher's
 * public key (`--key`, or SHA256SUMS.pub.pem beside it; get the key from the
 * publisher by another channel for the check to mean anything).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PUBLIC_KEY_FILE, SIGNATURE_FILE, verifySums } from '../src/downloads/signing-fs.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { sums: { type: 'string' }, key: { type: 'string' } } });
const [target] = positionals;
const fail = (message: string): never => {
	console.error(`FAILED: ${message}`);
	process.exit(1);
};
if (!target) {
	console.error('Name the file to check, for example: npm run verify -- dist/downloads/base-en.csv');
	process.exit(2);
}
const file = path.resolve(target);
const sumsPath = path.resolve(values.sums ?? path.join(path.dirname(file), 'SHA256SUMS'));
if (!existsSync(file)) fail(`${target} does not exist.`);
if (!existsSync(sumsPath)) fail(`no SHA256SUMS at ${sumsPath}; pass --sums.`);
const sums = readFileSync(sumsPath);

const signaturePath = path.join(path.dirname(sumsPath), SIGNATURE_FILE);
if (existsSync(signaturePath)) {
	const keyPath = values.key ? path.resolve(values.key) : path.join(path.dirname(sumsPath), PUBLIC_KEY_FILE);
	if (!existsSync(keyPath)) fail(`SHA256SUMS is signed but no public key was found; pass --key <publisher's public key>.`);
	if (!verifySums(sums, readFileSync(signaturePath), readFileSync(keyPath, 'utf8')))
		fail('the signature of SHA256SUMS does not match: the list of fingerprints was altered, or signed with another key.');
	console.log('SHA256SUMS: signature OK');
}

const name = path.relative(path.dirname(sumsPath), file).split(path.sep).join('/');
const line = sums
	.toString('utf8')
	.split('\n')
	.find((entry) => entry.slice(66) === name);
if (!line) fail(`${name} is not listed in SHA256SUMS.`);
const expected = line!.slice(0, 64);
const actual = createHash('sha256').update(readFileSync(file)).digest('hex');
if (actual !== expected) fail(`${name}: its SHA-256 is ${actual}, but SHA256SUMS says ${expected}. The file was altered or damaged; do not use it.`);
console.log(`${name}: OK (${actual})`);
