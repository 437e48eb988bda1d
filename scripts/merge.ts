/**
 * `npm run merge -- <part-dir>… --out dist`: merges parts of the publication
 * built separately (for example one CI runner per edition, each running
 * `npm run build -- --edition <code> --out dist-<code>`) into one site.
 * Files are copied as they are (the shared root pages and assets are the same
 * bytes in every part); the manifests are merged edition by edition, locale
 * by locale, and the SHA256SUMS of the downloads line by line. Two parts that
 * disagree on a file are an error.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Manifest } from '../src/build/manifest.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'dist' } } });
if (positionals.length < 1) {
	console.error('Name the parts to merge, for example: npm run merge -- dist-base dist-ca --out dist');
	process.exit(2);
}
const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });
let merged: Manifest | undefined;
const conflicts: string[] = [];
const SUMS = path.join('downloads', 'SHA256SUMS');
const sums = new Map<string, string>();

for (const part of positionals.map((dir) => path.resolve(dir))) {
	for (const name of readdirSync(part, { recursive: true, encoding: 'utf8' })) {
		const from = path.join(part, name);
		if (!statSync(from).isFile() || name === 'manifest.json') continue;
		if (name === SUMS) {
			for (const line of readFileSync(from, 'utf8').split('\n').filter(Boolean)) {
				const file = line.slice(66);
				if (sums.has(file) && sums.get(file) !== line) conflicts.push(`${SUMS}: ${file}`);
				sums.set(file, line);
			}
			continue;
		}
		const to = path.join(out, name);
		if (existsSync(to) && !readFileSync(to).equals(readFileSync(from))) conflicts.push(name);
		else {
			mkdirSync(path.dirname(to), { recursive: true });
			cpSync(from, to);
		}
	}
	const manifest = JSON.parse(readFileSync(path.join(part, 'manifest.json'), 'utf8')) as Manifest;
	if (!merged) merged = { ...manifest, editions: [] };
	if (manifest.template.version !== merged.template.version) conflicts.push(`manifest.json: template ${manifest.template.version} vs ${merged.template.version}`);
	for (const edition of manifest.editions) {
		const existing = merged.editions.find((candidate) => candidate.code === edition.code);
		if (!existing) merged.editions.push(edition);
		else for (const locale of edition.locales) if (!existing.locales.some((candidate) => candidate.code === locale.code)) existing.locales.push(locale);
	}
}
if (conflicts.length) {
	console.error(`The parts disagree on ${conflicts.length} file(s); build them from the same commit:\n${conflicts.join('\n')}`);
	process.exit(1);
}
// Base edition first, then editions by code, as a single build orders them.
merged!.editions.sort((a, b) => Number(b.base) - Number(a.base) || a.code.localeCompare(b.code));
merged!.downloads = [
	...new Map(
		[...merged!.downloads, ...positionals.flatMap((dir) => (JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest).downloads)].map((file) => [
			file.path,
			file,
		]),
	).values(),
].sort((a, b) => a.path.localeCompare(b.path));
writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(merged, null, '\t')}\n`);
if (sums.size)
	writeFileSync(
		path.join(out, SUMS),
		[...sums.entries()]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([, line]) => `${line}\n`)
			.join(''),
	);
console.log(
	`Merged ${positionals.length} part(s) into ${path.relative(process.cwd(), out)}/: ${merged!.editions.map((edition) => `${edition.code} (${edition.locales.map((locale) => locale.code).join(', ')})`).join('; ')}`,
);
