/**
 * `npm run merge -- <part-dir>… --out dist`: merges parts of the publication
 * built separately (for example one CI runner per edition, each running
 * `npm run build -- --edition <code> --out dist-<code>`) into one site.
 * Files are copied as they are (the shared root pages and assets are the same
 * bytes in every part), except the root index.html, which in each part lists
 * only what that part built: the merged one lists every part's editions and
 * languages; the manifests are merged edition by edition, locale
 * by locale, and the SHA256SUMS of the downloads line by line. Two parts that
 * disagree on a file are an error.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Manifest } from '../src/build/manifest.ts';
import { commandLine } from './support/args.ts';

const USAGE = `Usage: npm run merge -- <part-dir>… [--out <dir>]
  Merges parts of the publication built separately (npm run build -- --edition <code>) into one site (default: dist/).`;
const { values, positionals } = commandLine(USAGE, { allowPositionals: true, options: { out: { type: 'string', default: 'dist' } } });
if (positionals.length < 1) {
	console.error('Name the parts to merge, for example: npm run merge -- dist-base dist-ca --out dist');
	process.exit(2);
}
// A part that was not built (or not downloaded) is one line, before anything is written.
const unbuilt = positionals.filter((dir) => !existsSync(path.join(dir, 'manifest.json')));
if (unbuilt.length) {
	console.error(`${unbuilt.join(', ')}: not a built part (no manifest.json); build each part with npm run build -- --edition <code> --locale <code>, then merge.`);
	process.exit(1);
}
const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });
let merged: Manifest | undefined;
const conflicts: string[] = [];
const SUMS = path.join('downloads', 'SHA256SUMS');
const sums = new Map<string, string>();
// Each part's root index lists only what that part built; the merged one lists what every part built.
const indexes: string[] = [];
const SECTION = /<section class="edition-choice"[^>]*aria-labelledby="([^"]+)"[^>]*>[\s\S]*?<\/section>/g;
const ITEM = /<li\b[\s\S]*?<\/li>/g;

/** One root index: the page of the part that has the base edition (else the first), with every part's edition sections, their languages joined. */
function mergedIndex(pages: readonly string[]): string {
	const sections = new Map<string, string>();
	for (const page of pages)
		for (const [section, id] of page.matchAll(SECTION)) {
			const known = sections.get(id!);
			if (!known) sections.set(id!, section);
			else {
				const items = [...new Set([...(known.match(ITEM) ?? []), ...(section.match(ITEM) ?? [])])];
				sections.set(
					id!,
					known.replace(/(<ul\b[^>]*>)[\s\S]*<\/ul>/, (_, open: string) => `${open}${items.join('')}</ul>`),
				);
			}
		}
	const ordered = [...sections.entries()].sort(([a], [b]) => Number(b === 'edition-base') - Number(a === 'edition-base') || a.localeCompare(b)).map(([, section]) => section);
	const page = pages.find((candidate) => candidate.includes('aria-labelledby="edition-base"')) ?? pages[0]!;
	let first = true;
	return page.replace(/(?:<section class="edition-choice"[\s\S]*?<\/section>)+/, () => (first ? ((first = false), ordered.join('')) : ''));
}

for (const part of positionals.map((dir) => path.resolve(dir))) {
	for (const name of readdirSync(part, { recursive: true, encoding: 'utf8' })) {
		const from = path.join(part, name);
		if (!statSync(from).isFile() || name === 'manifest.json') continue;
		if (name === 'index.html') {
			indexes.push(readFileSync(from, 'utf8'));
			continue;
		}
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
if (indexes.length) writeFileSync(path.join(out, 'index.html'), mergedIndex(indexes));
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
