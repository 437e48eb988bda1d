/**
 * `npm run bench -- --scale 1,4,16,64 [--vs-starlight]`: for each factor, a
 * temporary copy of the project (/tmp/cet-bench-<n>/kit, node_modules linked)
 * with the content multiplied, checked with npm run check, then built cold
 * (no PDFs) and, with --vs-starlight, a Starlight site generated from the same
 * content (/tmp/cet-bench-<n>/starlight), the two in turn. Whole processes are
 * timed by /usr/bin/time: wall, CPU (user + sys of the process tree) and peak
 * RSS (the largest process of the tree). The kit's own step timings come from
 * its build log. Figures, not pass/fail; never part of a test.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import { multiplyContent } from './multiply-content.ts';
import { htmlPages, writeAstroSite, writeStarlightSite } from './starlight-site.ts';

export interface ScaleBenchOptions {
	root: string;
	scales: number[];
	/** Builds of each kind per size; default 3 below 16, 1 from 16. */
	runs: number | undefined;
	starlight: boolean;
	/** Also build plain Astro on the same pages: the floor of the stack. */
	astro: boolean;
	/** The size at which one more kit build prints the PDFs; 0 for none. */
	pdfAt: number;
	keep: boolean;
}

interface Measure {
	ok: boolean;
	log: string;
	wall: number;
	/** user + sys, seconds; NaN without /usr/bin/time. */
	cpu: number;
	/** KiB; NaN without /usr/bin/time. */
	rss: number;
}

/** Not copied into the benchmark's project copy. */
const LEFT_OUT = new Set(['node_modules', '.git', '.astro', '.cache', 'test-results', 'playwright-report']);
const TIME = '/usr/bin/time';
const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? NaN;
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

function measure(command: string[], cwd: string, env: NodeJS.ProcessEnv): Measure {
	const timesFile = path.join(os.tmpdir(), `cet-bench-time-${process.pid}`);
	const timed = existsSync(TIME);
	const started = performance.now();
	const result = spawnSync(timed ? TIME : command[0]!, timed ? ['-f', '%e %U %S %M', '-o', timesFile, ...command] : command.slice(1), {
		cwd,
		env,
		encoding: 'utf8',
		maxBuffer: 1 << 30,
	});
	const wall = (performance.now() - started) / 1000;
	const [, user, sys, rss] = timed ? readFileSync(timesFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : [];
	if (timed) rmSync(timesFile, { force: true });
	return { ok: result.status === 0, log: stripAnsi(`${result.stdout}\n${result.stderr}`), wall, cpu: (user ?? NaN) + (sys ?? NaN), rss: rss ?? NaN };
}

/** The seconds a line of the build log gives, by a pattern whose first group is the figure: `3.2`, or as Astro writes it, `2.36s`, `1m 8s`, `950ms`. */
function seconds(log: string, pattern: RegExp): number {
	const figure = pattern.exec(log)?.[1];
	const parts = figure && /^(?:(\d+)m\s*)?([\d.]+)(ms|s)?$/.exec(figure);
	if (!parts) return NaN;
	return Number(parts[1] ?? 0) * 60 + Number(parts[2]) / (parts[3] === 'ms' ? 1000 : 1);
}

/** The kit's own step timings, from its build log (Astro's lines and the publication integration's). */
function kitSteps(log: string) {
	return {
		check: seconds(log, /\] check: .* \(([\d.]+) s\)/),
		setup: seconds(log, /Collecting build info\.\.\.\n.*Completed in ((?:\d+m )?[\d.]+m?s)\./),
		render: seconds(log, /generating static routes[\s\S]*?✓ Completed in ((?:\d+m )?[\d.]+m?s)\./),
		exports: seconds(log, /\] exports: .* \(([\d.]+) s\)/),
		search: seconds(log, /\] search: .* \(([\d.]+) s\)/),
		typography: seconds(log, /\] french typography: .* \(([\d.]+) s\)/),
		scripts: seconds(log, /\] client scripts: .* \(([\d.]+) s\)/),
		downloads: seconds(log, /\] downloads: .* \(([\d.]+) s\)/),
		pdfs: seconds(log, /\] downloads: .*, PDFs ([\d.]+) s/),
		manifest: seconds(log, /manifest\.json written; .* \(([\d.]+) s\)/),
	};
}

/** Changes one chapter in one locale, as an editor would: one more sentence at the end of the first French chapter (the first chapter of another locale if there is no French). The file changed, project-relative. */
function changeOneChapter(kit: string): string {
	const folder = path.join(kit, 'content', 'chapters');
	const locale = existsSync(path.join(folder, 'fr')) ? 'fr' : readdirSync(folder).sort()[0]!;
	const name = readdirSync(path.join(folder, locale))
		.filter((file) => file.endsWith('.mdx'))
		.sort()[0]!;
	const file = path.join(folder, locale, name);
	writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nUne phrase de plus, pour mesurer une reconstruction.\n`);
	return `content/chapters/${locale}/${name}`;
}

/** What a rebuild redid, from its log: the pages Astro rendered against those it restored, the check, the typography it reused, the search and the zips. */
function rebuildSteps(log: string): string[] {
	const rendered = [...log.matchAll(/[├└]─ \S+ \(\+\d+ms\)/g)].length;
	const typography = /\] french typography: .*, (\d+) reused/.exec(log)?.[1] ?? 'n/a';
	const steps = kitSteps(log);
	return [String(rendered), s(steps.check), typography, s(steps.search), s(steps.downloads)];
}

/** The median render time (ms) of the pages Astro lists whose path passes `filter`. */
function medianRender(log: string, filter: (route: string) => boolean): number {
	const times = [...log.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)].filter(([, route]) => filter(route!)).map(([, , ms]) => Number(ms));
	return median(times);
}

function copyProject(root: string, work: string): void {
	mkdirSync(work, { recursive: true });
	for (const entry of readdirSync(root)) {
		if (LEFT_OUT.has(entry) || entry === 'dist' || entry.startsWith('dist-') || entry.startsWith('.build-')) continue;
		cpSync(path.join(root, entry), path.join(work, entry), { recursive: true });
	}
	symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
}

/** Starlight compiles .astro files from node_modules, which Astro refuses outside the project root: a linked node_modules does not do, so hard links (or a copy). */
function linkModules(root: string, site: string): void {
	const modules = realpathSync(path.join(root, 'node_modules'));
	const linked = spawnSync('cp', ['-al', modules, path.join(site, 'node_modules')]);
	if (linked.status !== 0) cpSync(modules, path.join(site, 'node_modules'), { recursive: true });
}

const s = (value: number) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(1)} s`);
const gb = (kib: number) => (Number.isNaN(kib) ? 'n/a' : `${(kib / 1024 / 1024).toFixed(2)} GB`);
const ratio = (value: number) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(2)}×`);
const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : `${value} ms`);

function table(head: string[], rows: string[][]): string {
	return [head, head.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

export function scaleBench(options: ScaleBenchOptions): void {
	const { root } = options;
	const env = { ...process.env, PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}` };
	const sizes: string[][] = [];
	const steps: string[][] = [];
	const pdfRows: string[][] = [];
	const rebuilds: string[][] = [];
	const floors: string[][] = [];
	for (const factor of options.scales) {
		const base = path.join(os.tmpdir(), `cet-bench-${factor}`);
		rmSync(base, { recursive: true, force: true });
		const kit = path.join(base, 'kit');
		copyProject(root, kit);
		const content = multiplyContent(kit, factor);
		const check = measure([process.execPath, 'scripts/check.ts'], kit, env);
		if (!check.ok) throw new Error(`npm run check fails on the content multiplied by ${factor}:\n${check.log}`);
		// Run again: every file's results come from .cache/results/check.json, as after an edit elsewhere.
		const warmCheck = measure([process.execPath, 'scripts/check.ts'], kit, env);
		const slugs = new Set(loadContent(kit).publication!.chapters.map((chapter) => chapter.data.slug));
		const isChapter = (route: string) =>
			slugs.has(
				route
					.split('/')
					.filter((part) => part && part !== 'index.html')
					.at(-1)
					?.replace(/\.html$/, '') ?? '',
			);
		const site = path.join(base, 'starlight');
		if (options.starlight) {
			writeStarlightSite(kit, site, path.join(root, 'node_modules'));
			rmSync(path.join(site, 'node_modules'));
			linkModules(root, site);
		}
		const floor = path.join(base, 'astro');
		if (options.astro) writeAstroSite(kit, floor, path.join(root, 'node_modules'));
		console.error(`×${factor}: ${content.chapters} chapter files, ${content.practices} practices; npm run check ${s(check.wall)}`);
		const runs = options.runs ?? (factor >= 16 ? 1 : 3);
		const kitRuns: Array<Measure & { pages: number }> = [];
		const starlightRuns: Array<Measure & { pages: number }> = [];
		const astroRuns: Array<Measure & { pages: number }> = [];
		for (let run = 0; run < runs; run += 1) {
			// Cold: no earlier output, and none of the caches (.cache/: Astro's pages, the check's and the typography's results).
			for (const folder of ['dist', '.astro', '.cache']) rmSync(path.join(kit, folder), { recursive: true, force: true });
			const built = measure([process.execPath, 'scripts/build.ts'], kit, { ...env, CET_PDF: '0' });
			if (!built.ok) throw new Error(`The kit's build failed at ×${factor}:\n${built.log.slice(-4000)}`);
			kitRuns.push({ ...built, pages: htmlPages(path.join(kit, 'dist')) });
			console.error(`×${factor} run ${run + 1}: kit ${s(built.wall)}`);
			for (const [name, wanted, folder, into] of [
				['Starlight', options.starlight, site, starlightRuns],
				['plain Astro', options.astro, floor, astroRuns],
			] as const) {
				if (!wanted) continue;
				for (const output of ['dist', '.astro']) rmSync(path.join(folder, output), { recursive: true, force: true });
				const peer = measure([process.execPath, path.join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], folder, env);
				if (!peer.ok) throw new Error(`The ${name} build failed at ×${factor}:\n${peer.log.slice(-4000)}`);
				into.push({ ...peer, pages: htmlPages(path.join(folder, 'dist')) });
				console.error(`×${factor} run ${run + 1}: ${name} ${s(peer.wall)}`);
			}
		}
		const kitWall = median(kitRuns.map((run) => run.wall));
		const kitCpu = median(kitRuns.map((run) => run.cpu));
		const kitPages = kitRuns[0]!.pages;
		const peerWall = median(starlightRuns.map((run) => run.wall));
		const peerCpu = median(starlightRuns.map((run) => run.cpu));
		const peerPages = starlightRuns[0]?.pages ?? NaN;
		const floorWall = median(astroRuns.map((run) => run.wall));
		const floorPages = astroRuns[0]?.pages ?? NaN;
		if (options.astro)
			floors.push([
				`×${factor}`,
				String(floorPages),
				s(floorWall),
				s(median(astroRuns.map((run) => run.cpu))),
				gb(Math.max(...astroRuns.map((run) => run.rss))),
				ratio(floorWall / floorPages / (peerWall / peerPages)),
				ratio(kitWall / kitPages / (floorWall / floorPages)),
			]);
		sizes.push([
			`×${factor}`,
			String(kitPages),
			String(peerPages),
			s(kitWall),
			s(peerWall),
			ratio(kitWall / kitPages / (peerWall / peerPages)),
			s(kitCpu),
			s(peerCpu),
			ratio(kitCpu / kitPages / (peerCpu / peerPages)),
			gb(Math.max(...kitRuns.map((run) => run.rss))),
			gb(Math.max(...starlightRuns.map((run) => run.rss))),
			`${runs}`,
		]);
		// A rebuild after one chapter changed in one locale: the first French chapter gets one more sentence.
		const changed = changeOneChapter(kit);
		const rebuilt = measure([process.execPath, 'scripts/build.ts'], kit, { ...env, CET_PDF: '0' });
		if (!rebuilt.ok) throw new Error(`The kit's rebuild failed at ×${factor}:\n${rebuilt.log.slice(-4000)}`);
		console.error(`×${factor} rebuild after ${changed} changed: ${s(rebuilt.wall)}`);
		rebuilds.push([`×${factor}`, changed, s(kitRuns.at(-1)!.wall), s(rebuilt.wall), ratio(rebuilt.wall / kitRuns.at(-1)!.wall), ...rebuildSteps(rebuilt.log)]);
		const kitLog = kitRuns.at(-1)!.log;
		const step = kitSteps(kitLog);
		steps.push([
			`×${factor}`,
			`${s(check.wall)} (CPU ${s(check.cpu)})`,
			s(warmCheck.wall),
			s(step.check),
			s(step.setup),
			s(step.render),
			s(step.typography),
			s(step.exports),
			s(step.search),
			s(step.scripts),
			s(step.downloads),
			s(step.manifest),
			ms(medianRender(kitLog, isChapter)),
			ms(medianRender(kitLog, () => true)),
			ms(starlightRuns.length ? medianRender(starlightRuns.at(-1)!.log, isChapter) : NaN),
		]);
		if (factor === options.pdfAt) {
			rmSync(path.join(kit, 'dist'), { recursive: true, force: true });
			const printed = measure([process.execPath, 'scripts/build.ts'], kit, env);
			if (!printed.ok) throw new Error(`The kit's build with PDFs failed at ×${factor}:\n${printed.log.slice(-4000)}`);
			pdfRows.push([`×${factor}`, String(htmlPages(path.join(kit, 'dist'))), s(printed.wall), s(printed.cpu), gb(printed.rss), s(kitSteps(printed.log).pdfs)]);
			console.error(`×${factor} with PDFs: ${s(printed.wall)}`);
		}
		if (!options.keep) rmSync(base, { recursive: true, force: true });
	}
	console.log(
		table(
			[
				'scale',
				'kit pages',
				'Starlight pages',
				'kit wall',
				'Starlight wall',
				'wall/page ratio',
				'kit CPU',
				'Starlight CPU',
				'CPU/page ratio',
				'kit peak RSS',
				'Starlight peak RSS',
				'runs',
			],
			sizes,
		),
	);
	if (floors.length) {
		console.log('\nThe floor of the stack: plain Astro, one collection and one layout, on the same pages as Starlight');
		console.log(table(['scale', 'pages', 'wall', 'CPU', 'peak RSS', 'wall/page vs Starlight', 'kit wall/page vs plain Astro'], floors));
	}
	console.log('\nThe kit without PDFs: npm run check, then the steps of its build log (the last run) and the median render of one page');
	console.log(
		table(
			[
				'scale',
				'npm run check',
				'again (cached)',
				'build: check',
				'Astro setup',
				'render pages',
				'typography',
				'exports',
				'search',
				'client scripts',
				'zips',
				'sums + manifest',
				'chapter page',
				'any page',
				'Starlight chapter page',
			],
			steps,
		),
	);
	console.log('\nA rebuild after one chapter changed in one locale, against the last cold build (no PDFs)');
	console.log(table(['scale', 'changed', 'cold', 'rebuild', 'rebuild / cold', 'pages rendered', 'check', 'typography reused', 'search', 'zips'], rebuilds));
	if (pdfRows.length) {
		console.log('\nOne kit build with PDFs');
		console.log(table(['scale', 'pages', 'wall', 'CPU', 'peak RSS', 'PDFs'], pdfRows));
	}
	console.log(
		`\nWall and CPU are medians over the runs; CPU is user + sys of the whole process tree, peak RSS its largest process (${existsSync(TIME) ? TIME : 'no /usr/bin/time: n/a'}).`,
	);
}
