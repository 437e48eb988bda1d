/**
 * Issue 12, sections 1 and 5: on real builds of a project copy, content can
 * neither run code nor publish anything it should not. One copy of the
 * project, built twice at most:
 * - with a chapter full of hostile images and links, the build is refused
 *   before Astro runs (no output, and the chapter's `diagram.js` never ran);
 *   an edition section body full of hostile links is refused by check;
 * - with legitimate local images (one under content/media/, one beside the
 *   chapter), the build succeeds: the images are copied into assets/media/,
 *   every page, the offline bundle and the PDF show them, and nothing in
 *   dist/ or the zips holds a javascript: or data:text/html address, a remote
 *   src, an href to a site the content does not name, or a file from
 *   outside the repository.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, withFixture } from '../support/fixture-project.ts';
import { copyProject, temporaryFolder } from '../support/project-copy.ts';
import { chromiumArgs, findChromium } from '../browser/support/chromium.ts';

const CHAPTER = 'content/chapters/en/critical-incident-protocol.mdx';
const HOSTILE = path.join(FIXTURES, 'hostile/paths/images');
const LEGIT = path.join(FIXTURES, 'hostile/paths/legit');
/** A file outside the repository that content tries to reach; its marker must appear nowhere in the output. */
const MARKER = 'CET-OUTSIDE-THE-REPOSITORY-7f3a';

let work: string;
let outside: string;
let original: string;

const build = () => spawnSync(process.execPath, ['scripts/build.ts', '--edition', 'base', '--locale', 'en', '--out', 'dist'], { cwd: work, encoding: 'utf8' });

/** The body of a fixture chapter: what follows its frontmatter. */
const bodyOf = (file: string) => readFileSync(file, 'utf8').split('\n---\n').slice(1).join('\n---\n');

beforeAll(() => {
	work = copyProject('paths-build');
	outside = temporaryFolder('outside');
	writeFileSync(path.join(outside, 'secret.png'), `${MARKER}\n`);
	original = readFileSync(path.join(work, CHAPTER), 'utf8');
});

afterAll(() => {
	rmSync(work, { recursive: true, force: true });
	rmSync(outside, { recursive: true, force: true });
});

/** Every file of a folder, recursively, as [relative path, bytes]. */
function filesOf(dir: string): Array<[string, Uint8Array]> {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry): [string, Uint8Array] => {
			const absolute = path.join(entry.parentPath, entry.name);
			return [path.relative(dir, absolute).split(path.sep).join('/'), readFileSync(absolute)];
		});
}

const TEXT = /\.(html|css|js|json|xml|svg|txt|csv|webmanifest)$/;
/** Every https: address the content and the interface strings name: the only sites the output may link to. */
function namedSites(): Set<string> {
	const found = new Set<string>();
	for (const dir of ['content', 'locales', 'src'])
		for (const [, bytes] of filesOf(path.join(work, dir))) for (const match of strFromU8(bytes).matchAll(/https:\/\/[^\s"'<>)\]`]+/g)) found.add(match[0].replace(/[.,;:]+$/, ''));
	return found;
}

/** What is wrong with one output file: unsafe addresses, remote sources, links to sites the content does not name, outside files. */
function offences(name: string, bytes: Uint8Array, sites: ReadonlySet<string>): string[] {
	const text = strFromU8(bytes);
	const found: string[] = [];
	if (text.includes(MARKER)) found.push(`${name}: holds the file from outside the repository`);
	if (!TEXT.test(name)) return found;
	if (/javascript:/i.test(text) && !name.endsWith('.js')) found.push(`${name}: javascript:`);
	if (/data:text\/html/i.test(text)) found.push(`${name}: data:text/html`);
	if (!name.endsWith('.html')) return found;
	for (const [, attribute, value] of text.matchAll(/\s(src|href|srcset|poster|action)="([^"]*)"/g)) {
		const url = value!.replace(/&amp;/g, '&');
		const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
		if (url.startsWith('//')) found.push(`${name}: ${attribute}=${url}`);
		else if (scheme === undefined) continue;
		else if (attribute !== 'href') found.push(`${name}: ${attribute}=${url}`);
		else if (scheme === 'mailto') continue;
		else if (scheme !== 'https' || ![...sites].some((site) => url === site || url.startsWith(site) || site.startsWith(url))) found.push(`${name}: href=${url}`);
	}
	return found;
}

describe('paths content names, on real builds', { timeout: 600_000 }, () => {
	it('refuses a chapter of hostile images and links before Astro runs, and runs none of it', () => {
		cpSync(path.join(HOSTILE, 'content/media'), path.join(work, 'content/media'), { recursive: true });
		symlinkSync(path.join(outside, 'secret.png'), path.join(work, 'content/media/linked.png'));
		writeFileSync(path.join(work, CHAPTER), `${original}\n${bodyOf(path.join(HOSTILE, 'content/chapters/en/beta.mdx'))}`);
		const firstLine = original.split('\n').length + 1;
		try {
			const result = build();
			expect(result.status).not.toBe(0);
			const output = `${result.stdout}\n${result.stderr}`;
			const refused = [...output.matchAll(new RegExp(`${CHAPTER.replace(/\./g, '\\.')}:(\\d+):(\\d+) error (\\w+)`, 'g'))].map(
				([, line, column, code]) => `${Number(line) - firstLine}:${column} ${code}`,
			);
			expect(refused).toMatchInlineSnapshot(`
				[
				  "-15:1 SectionOrder",
				  "-6:1 SectionOrder",
				  "1:1 DuplicateSectionAnchor",
				  "3:1 ImageType",
				  "5:1 ImageOutsideMedia",
				  "7:1 UnsafePath",
				  "7:26 ImageOutsideMedia",
				  "9:1 MediaContent",
				  "9:41 SvgUnsafe",
				  "9:75 MediaMissing",
				  "11:1 MediaSymlink",
				  "13:1 UnsafeUrl",
				  "13:28 UnsafeUrl",
				  "13:71 InsecureUrl",
				  "13:100 UnsafePath",
				  "15:1 RemoteImage",
				  "17:1 DuplicateSectionAnchor",
				  "21:1 DuplicateSectionAnchor",
				]
			`);
			expect(existsSync(path.join(work, 'content/media/ran-at-build-time'))).toBe(false);
			expect(existsSync(path.join(work, 'dist'))).toBe(false);
		} finally {
			writeFileSync(path.join(work, CHAPTER), original);
			rmSync(path.join(work, 'content/media'), { recursive: true, force: true });
		}
	});

	it('refuses an edition section body of hostile links', () => {
		const lines = withFixture(['hostile/paths/section-links'], (root) => {
			const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', root], { cwd: work, encoding: 'utf8' });
			expect(result.status, `${result.stdout}${result.stderr}`).toBe(1);
			return [...`${result.stdout}${result.stderr}`.matchAll(/^(content\/editions\/aa\/adaptations\.yaml:\d+:\d+ error \w+)/gm)].map((match) => match[1]);
		});
		expect(lines).toMatchInlineSnapshot(`
			[
			  "content/editions/aa/adaptations.yaml:41:7 error InsecureUrl",
			  "content/editions/aa/adaptations.yaml:41:7 error SectionImage",
			  "content/editions/aa/adaptations.yaml:41:7 error UnsafeUrl",
			  "content/editions/aa/adaptations.yaml:41:7 error UnsafeUrl",
			  "content/editions/aa/adaptations.yaml:41:7 error UnsafeUrl",
			]
		`);
	});

	it('builds legitimate local images: copied, shown from disk, in the bundle and the PDF, and nothing unsafe in dist/ or the zips', async () => {
		cpSync(path.join(LEGIT, 'content/media'), path.join(work, 'content/media'), { recursive: true });
		cpSync(path.join(LEGIT, 'content/chapters/en/seal-flow.svg'), path.join(work, 'content/chapters/en/seal-flow.svg'));
		// In the first section, which no edition adapts: the adaptations' recorded base text stays current.
		const images = '![A sealed ballot box](../../media/ballot-box.png)\n\n![How a seal travels](./seal-flow.svg)\n\n';
		writeFileSync(
			path.join(work, CHAPTER),
			original.replace(/^## (?!.*\{#why\})/m, (heading) => `${images}${heading}`),
		);
		const result = build();
		expect(result.status, result.stderr).toBe(0);
		const dist = path.join(work, 'dist');

		// Copied, byte for byte, under content-hash names.
		const media = readdirSync(path.join(dist, 'assets/media')).sort();
		expect(media.map((name) => name.replace(/^[0-9a-f]{16}/, '<hash>')).sort()).toEqual(['<hash>.png', '<hash>.svg']);
		const png = readFileSync(path.join(LEGIT, 'content/media/ballot-box.png'));
		expect(media.some((name) => readFileSync(path.join(dist, 'assets/media', name)).equals(png))).toBe(true);

		// The page's <img> points, relatively, at the copy: that is what file:// and any sub-path need.
		const page = 'base/en/critical-incident-protocol.html';
		const html = readFileSync(path.join(dist, page), 'utf8');
		expect(html).not.toContain('cet-media:');
		const shown = [...html.matchAll(/<img\b[^>]*>/g)].map((match) => match[0].replace(/[0-9a-f]{16}/, '<hash>'));
		expect(shown).toEqual(['<img src="../../assets/media/<hash>.png" alt="A sealed ballot box"/>', '<img src="../../assets/media/<hash>.svg" alt="How a seal travels"/>']);
		for (const [, src] of html.matchAll(/<img\b[^>]*\ssrc="([^"]*)"/g)) expect(existsSync(path.join(dist, path.dirname(page), decodeURI(src!))), src).toBe(true);

		// The offline bundle carries the images, and its pages find them inside the zip.
		const zips = readdirSync(path.join(dist, 'downloads')).filter((name) => name.endsWith('.zip'));
		expect(zips.length).toBeGreaterThan(0);
		const sites = namedSites();
		const found: string[] = [];
		for (const zip of zips) {
			const entries = unzipSync(readFileSync(path.join(dist, 'downloads', zip)));
			const chapter = Object.keys(entries).find((name) => name.endsWith('base/en/critical-incident-protocol.html'));
			expect(chapter, zip).toBeDefined();
			const sources = [...strFromU8(entries[chapter!]!).matchAll(/<img\b[^>]*\ssrc="([^"]*)"/g)].map((match) =>
				path.posix.normalize(path.posix.join(path.posix.dirname(chapter!), match[1]!)),
			);
			expect(sources).toHaveLength(2);
			for (const source of sources) expect(entries[source], `${zip}: ${source}`).toBeDefined();
			for (const [name, bytes] of Object.entries(entries)) found.push(...offences(`${zip}/${name}`, bytes, sites));
		}

		// A real browser shows both images from disk: the built page, and the same page in the unzipped bundle.
		const bundle = temporaryFolder('bundle');
		for (const [name, bytes] of Object.entries(unzipSync(readFileSync(path.join(dist, 'downloads', zips[0]!))))) {
			if (name.endsWith('/')) continue;
			mkdirSync(path.join(bundle, path.dirname(name)), { recursive: true });
			writeFileSync(path.join(bundle, name), bytes);
		}
		const inBundle = readdirSync(bundle, { recursive: true, encoding: 'utf8' }).find((name) => name.endsWith('base/en/critical-incident-protocol.html'))!;
		const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
		try {
			const tab = await browser.newPage();
			for (const file of [path.join(dist, page), path.join(bundle, inBundle)]) {
				await tab.goto(pathToFileURL(file).href);
				const drawn = await tab.$$eval('main img', (images) => images.map((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0));
				expect(drawn, file).toEqual([true, true]);
			}
		} finally {
			await browser.close();
			rmSync(bundle, { recursive: true, force: true });
		}

		// The PDF has the images in it.
		const pdfs = readdirSync(path.join(dist, 'downloads')).filter((name) => name.endsWith('.pdf'));
		expect(pdfs.length).toBeGreaterThan(0);
		// The 8×8 PNG, embedded as an image object; the SVG is drawn as vectors.
		expect(pdfs.some((name) => /\/Subtype \/Image\s*\/Width 8\s*\/Height 8\b/.test(readFileSync(path.join(dist, 'downloads', name)).toString('latin1')))).toBe(true);

		for (const [name, bytes] of filesOf(dist)) found.push(...offences(name, bytes, sites));
		expect(found).toEqual([]);
		// The search above does find what it looks for.
		const planted = `<a href="javascript:alert(1)">x</a><img src="https://tracker.example/p.png"><a href="https://elsewhere.example/">y</a><iframe src="data:text/html,x"></iframe>${MARKER}`;
		expect(offences('planted.html', strToU8(planted), sites)).toEqual([
			'planted.html: holds the file from outside the repository',
			'planted.html: javascript:',
			'planted.html: data:text/html',
			'planted.html: href=javascript:alert(1)',
			'planted.html: src=https://tracker.example/p.png',
			'planted.html: href=https://elsewhere.example/',
			'planted.html: src=data:text/html,x',
		]);
	});
});
