/**
 * `npm run bench`: figures, not pass/fail. Times content validation and a full
 * build, and measures what a reader downloads: pages, scripts, search
 * indexes, offline bundles and PDFs.
 *
 * With --scale, the same at several sizes of content instead: the content
 * multiplied (scripts/support/multiply-content.ts) in a temporary copy of the
 * project, checked, then built cold, and with --vs-starlight a Starlight site
 * generated from the same content (scripts/support/starlight-site.ts) built in
 * turn; see scripts/support/scale-bench.ts.
 *
 * Usage: node scripts/bench.ts [--runs 5] [--scale 1,4,16,64 [--vs-starlight] [--vs-astro] [--pdf-at <n>] [--keep]]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../src/content/load-publication-fs.ts';
import type { Manifest } from '../src/build/manifest.ts';
import { pdfPageCount } from '../src/build/pdfs.ts';
import { commandLine } from './support/args.ts';
import { scaleBench } from './support/scale-bench.ts';

const USAGE = `Usage: npm run bench [-- --runs <n>] [--scale <n,…> [--vs-starlight] [--vs-astro] [--pdf-at <n>] [--keep]]
  Times content validation and a full build, and measures what a reader downloads (figures, not pass/fail).
  --scale 1,4,16,64  instead: multiply the content by each factor in a temporary copy (/tmp/cet-bench-<n>/),
                     run npm run check on it, build it cold without PDFs, and print pages, wall, CPU, peak RSS
                     and the build's step timings (--runs per size; default 3 below 16, 1 from 16)
  --vs-starlight     also build a Starlight site generated from the same content, alternating with the kit,
                     and print the ratios per page
  --vs-astro         also build plain Astro (one collection, one layout) on the same pages: the floor of the stack
  --pdf-at <n>       the size at which one more build is made with PDFs, to time them (default: the smallest; 0: none)
  --keep             keep the temporary copies`;
const { values } = commandLine(USAGE, {
	options: {
		runs: { type: 'string' },
		scale: { type: 'string' },
		'vs-starlight': { type: 'boolean', default: false },
		'vs-astro': { type: 'boolean', default: false },
		'pdf-at': { type: 'string' },
		keep: { type: 'boolean', default: false },
	},
});
if (values.scale !== undefined) {
	const scales = values.scale.split(',').map((factor) => Number(factor.trim()));
	if (scales.some((factor) => !Number.isInteger(factor) || factor < 1)) {
		console.error(`--scale takes whole numbers from 1, such as 1,4,16; not ${values.scale}.\n\n${USAGE}`);
		process.exit(2);
	}
	for (const [option, value, least] of [
		['--runs', values.runs, 1],
		['--pdf-at', values['pdf-at'], 0],
	] as const) {
		if (value !== undefined && !(Number.isInteger(Number(value)) && Number(value) >= least)) {
			console.error(`${option} takes a whole number from ${least}; not ${value}.\n\n${USAGE}`);
			process.exit(2);
		}
	}
	try {
		scaleBench({
			root: process.cwd(),
			scales,
			runs: values.runs === undefined ? undefined : Number(values.runs),
			starlight: values['vs-starlight'],
			astro: values['vs-astro'],
			pdfAt: values['pdf-at'] === undefined ? Math.min(...scales) : Number(values['pdf-at']),
			keep: values.keep,
		});
	} catch (error) {
		// What failed and where its copy is, never a stack trace.
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
	process.exit(0);
}
const runs = Number(values.runs ?? '5');
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
