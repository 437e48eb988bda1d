/**
 * `npm run bench`: figures, not pass/fail. Times content validation and a full
 * build, and measures what a reader downloads: pages, scripts, search
 * indexes, offline bundles and PDFs.
 *
 * Usage: node scripts/bench.ts [--runs 5]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../src/content/load-publication-fs.ts';
import type { Manifest } from '../src/build/manifest.ts';
import { pdfPageCount } from '../src/build/pdfs.ts';
import { commandLine } from './support/args.ts';

const USAGE = `Usage: npm run bench [-- --runs <n>]
  Times content validation and a full build, and measures what a reader downloads (figures, not pass/fail).`;
const { values } = commandLine(USAGE, { options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const root = process.cwd();
const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;

const checkTimes: number[] = [];
for (let run = 0; run < runs; run += 1) {
	const started = performance.now();
	loadContent(root);
	checkTimes.push(performance.now() - started);
}

const buildTimes: number[] = [];
for (let run = 0; run < Math.min(runs, 3); run += 1) {
	const started = performance.now();
	const result = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'ignore' });
	if (result.status !== 0) throw new Error('The build failed; run npm run build to see why.');
	buildTimes.push(performance.now() - started);
}

const files = readdirSync('dist', { recursive: true, encoding: 'utf8' })
	.map((name) => path.join('dist', name))
	.filter((file) => statSync(file).isFile());
const sizeOf = (predicate: (file: string) => boolean) => files.filter(predicate).map((file) => statSync(file).size);
const html = sizeOf((file) => file.endsWith('.html'));
const css = sizeOf((file) => file.endsWith('.css'));
const js = sizeOf((file) => file.startsWith(path.join('dist', 'assets')) && file.endsWith('.js'));
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const sum = (numbers: number[]) => numbers.reduce((total, value) => total + value, 0);

const { publication } = loadContent(root);
const practices = publication!.chapters.flatMap((chapter) => chapter.data.practices).length;
console.log(`content: ${publication!.chapters.length} chapter files, ${practices} practices`);
console.log(`check (validate all content): median ${median(checkTimes).toFixed(0)} ms over ${runs} runs`);
console.log(`build (check + astro build + swap): median ${(median(buildTimes) / 1000).toFixed(1)} s over ${buildTimes.length} runs`);
console.log(`dist: ${files.length} files, ${kib(sum(files.map((file) => statSync(file).size)))}`);
console.log(`html: ${html.length} pages, median ${kib(median(html))}, largest ${kib(Math.max(...html))}`);
console.log(`css: ${css.length} file(s), ${kib(sum(css))}; javascript: ${js.length} file(s), ${kib(sum(js))}`);
const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8')) as Manifest;
for (const file of manifest.downloads.filter((candidate) => candidate.format === 'zip' || candidate.format === 'pdf')) {
	console.log(`${file.path}: ${kib(file.bytes)}${file.format === 'pdf' ? `, ${pdfPageCount(readFileSync(path.join('dist', file.path)))} pages` : ''}`);
}
const pagefind = (edition: string, locale: string) =>
	sum(files.filter((file) => file.startsWith(path.join('dist', edition, locale, 'pagefind'))).map((file) => statSync(file).size));
for (const edition of manifest.editions)
	for (const locale of edition.locales)
		console.log(
			`search ${edition.code}/${locale.code}: Pagefind index ${kib(pagefind(edition.code, locale.code))} on disk, offline index ${kib(statSync(path.join('dist', edition.code, locale.code, 'search-index.js')).size)}`,
		);
