/**
 * One rule for every path content can name (issue 12, section 1). Images
 * resolve only to real image files beside the file or under content/media/,
 * links go to https:, mailto: or a page of the site, and no content file or
 * image may be a symbolic link. Checked on the minimal project with the
 * scenarios of tests/fixtures/hostile/paths/ laid over it; symbolic links are
 * made here, since a fixture folder should not hold one.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import { contentMdxFiles, lintContent } from '../../src/lint/lint-content-fs.ts';
import { sniffImage, svgProblem } from '../../src/markdown/media-paths.ts';
import { mediaPlaceholder } from '../../src/markdown/media-images.ts';
import { renderSectionMarkdown } from '../../src/markdown/section-markdown.ts';
import { located, scenarioFolders, scenariosNamed, withFixture } from '../support/fixture-project.ts';
import { temporaryFolder } from '../support/project-copy.ts';

/** A file outside the project, which content must never reach. */
function outsideFile(name: string, text: string): { dir: string; file: string } {
	const dir = temporaryFolder('outside');
	const file = path.join(dir, name);
	writeFileSync(file, text);
	return { dir, file };
}

describe('paths that content names', () => {
	it('has a test for each scenario', () => {
		expect(scenarioFolders('hostile/paths')).toEqual(scenariosNamed(import.meta.filename, 'hostile/paths'));
	});

	it('refuses images that are code, outside the folders, absolute, fake, active, missing or linked, and unsafe links: file and line each', () => {
		const outside = outsideFile('secret.png', 'not an image\n');
		try {
			const found = withFixture(['hostile/paths/images'], (root) => {
				symlinkSync(outside.file, path.join(root, 'content/media/linked.png'));
				return located(loadContent(root).diagnostics);
			});
			expect(found).toMatchInlineSnapshot(`
				[
				  "content/chapters/en/beta.mdx:36:1 ImageType: The image ../../media/diagram.js is not one of the types content may show (png, jpg, jpeg, webp, avif, svg).",
				  "content/chapters/en/beta.mdx:38:1 ImageOutsideMedia: The image ../../../../../../../../etc/passwd resolves to ../../../../../etc/passwd, which is neither beside the file nor under content/media/.",
				  "content/chapters/en/beta.mdx:40:1 UnsafePath: The address /etc/hosts.png is an absolute path, so it could reach a file outside the publication.",
				  "content/chapters/en/beta.mdx:40:26 ImageOutsideMedia: The image %2e%2e/%2e%2e/%2e%2e/secret.png resolves to secret.png, which is neither beside the file nor under content/media/.",
				  "content/chapters/en/beta.mdx:42:1 MediaContent: The file of the image ../../media/not-a-png.png does not start like a PNG file, so it is not the image its name says.",
				  "content/chapters/en/beta.mdx:42:41 SvgUnsafe: The SVG image ../../media/active.svg contains a <script> element, which could run code or load something from elsewhere when the file is opened on its own.",
				  "content/chapters/en/beta.mdx:42:75 MediaMissing: The image ../../media/missing.webp should be the file content/media/missing.webp, which does not exist.",
				  "content/chapters/en/beta.mdx:44:1 MediaSymlink: The image ../../media/linked.png (content/media/linked.png) is a symbolic link, or lies in a linked folder; a link could publish a file from outside the repository.",
				  "content/chapters/en/beta.mdx:46:1 UnsafeUrl: The address javascript:alert(1) uses the javascript: scheme, which a browser may run or hand to another program.",
				  "content/chapters/en/beta.mdx:46:28 UnsafeUrl: The address data:text/html;base64,PHNjcmlwdD4= uses the data: scheme, which a browser may run or hand to another program.",
				  "content/chapters/en/beta.mdx:46:71 InsecureUrl: The address http://example.org/ uses http:, which sends the page unencrypted: anyone on the way could read or change what the reader gets.",
				  "content/chapters/en/beta.mdx:46:100 UnsafePath: The address /etc/passwd is an absolute path, so it could reach a file outside the publication.",
				  "content/chapters/en/beta.mdx:48:1 RemoteImage: The image https://tracker.example/pixel.png would be loaded from another site, which would tell that site who reads the page.",
				]
			`);
		} finally {
			rmSync(outside.dir, { recursive: true, force: true });
		}
	});

	it('refuses javascript:, autolinked, data:text/html and http: links and images in an edition section body', () => {
		expect(withFixture(['hostile/paths/section-links'], (root) => located(loadContent(root).diagnostics))).toMatchInlineSnapshot(`
			[
			  "content/editions/aa/adaptations.yaml:41:7 InsecureUrl: In the en text, the address http://example.org/ uses http:, which sends the page unencrypted: anyone on the way could read or change what the reader gets.",
			  "content/editions/aa/adaptations.yaml:41:7 SectionImage: The en body shows the image https://tracker.example/pixel.png; an edition section body is plain Markdown text and may not show images.",
			  "content/editions/aa/adaptations.yaml:41:7 UnsafeUrl: In the en text, the address javascript:alert(1) uses the javascript: scheme, which a browser may run or hand to another program.",
			  "content/editions/aa/adaptations.yaml:41:7 UnsafeUrl: In the en text, the address javascript:alert(2) uses the javascript: scheme, which a browser may run or hand to another program.",
			  "content/editions/aa/adaptations.yaml:41:7 UnsafeUrl: In the en text, the address data:text/html;base64,PHNjcmlwdD4= uses the data: scheme, which a browser may run or hand to another program.",
			]
		`);
	});

	it('accepts local images beside the chapter and under content/media/, and the lint agrees', () => {
		withFixture(['hostile/paths/legit'], (root) => {
			const { diagnostics, publication } = loadContent(root);
			expect(located(diagnostics)).toEqual([]);
			expect(located(lintContent(root, publication))).toEqual([]);
		});
	});

	it('refuses a chapter and a glossary that are symbolic links to files outside the project', () => {
		const outside = outsideFile('outside.mdx', '---\nslug: gamma\n---\n\nRead from outside the repository.\n');
		try {
			const found = withFixture([], (root) => {
				symlinkSync(outside.file, path.join(root, 'content/chapters/en/gamma.mdx'));
				rmSync(path.join(root, 'content/glossary/fr.yaml'));
				symlinkSync(outside.file, path.join(root, 'content/glossary/fr.yaml'));
				// The lint does not read it either.
				expect(contentMdxFiles(root).map((file) => path.basename(file))).not.toContain('gamma.mdx');
				return located(loadContent(root).diagnostics);
			});
			expect(found).toMatchInlineSnapshot(`
				[
				  "content/chapters/en/gamma.mdx:1:1 SymlinkedContent: The file or folder is a symbolic link, or lies in a linked folder; the kit reads only files that are really inside the repository.",
				  "content/glossary/fr.yaml:1:1 SymlinkedContent: The file or folder is a symbolic link, or lies in a linked folder; the kit reads only files that are really inside the repository.",
				]
			`);
		} finally {
			rmSync(outside.dir, { recursive: true, force: true });
		}
	});

	it('refuses a linked locale folder and a linked edition folder, which Astro would otherwise follow', () => {
		const outside = temporaryFolder('outside');
		try {
			const found = withFixture([], (root) => {
				mkdirSync(path.join(outside, 'de'));
				writeFileSync(path.join(outside, 'de', 'alpha.mdx'), '---\nslug: alpha\n---\n\nText.\n');
				symlinkSync(path.join(outside, 'de'), path.join(root, 'content/chapters/de'));
				symlinkSync(path.join(root, 'content/editions/aa'), path.join(root, 'content/editions/bb'));
				return located(loadContent(root).diagnostics).filter((line) => line.includes('SymlinkedContent'));
			});
			expect(found).toMatchInlineSnapshot(`
				[
				  "content/chapters/de:1:1 SymlinkedContent: The file or folder is a symbolic link, or lies in a linked folder; the kit reads only files that are really inside the repository.",
				  "content/editions/bb:1:1 SymlinkedContent: The file or folder is a symbolic link, or lies in a linked folder; the kit reads only files that are really inside the repository.",
				]
			`);
		} finally {
			rmSync(outside, { recursive: true, force: true });
		}
	});
});

describe('image content sniffing', () => {
	it('knows each allowed type by its magic bytes, and nothing else', () => {
		const bytes = (...values: number[]) => new Uint8Array(values);
		const text = (value: string) => new TextEncoder().encode(value);
		expect(sniffImage(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('png');
		expect(sniffImage(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
		expect(sniffImage(text('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('webp');
		expect(sniffImage(text('\u0000\u0000\u0000\u001cftypavif'))).toBe('avif');
		expect(sniffImage(text('<?xml version="1.0"?>\n<!-- made by hand -->\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
		expect(sniffImage(text("require('node:fs')"))).toBeUndefined();
		expect(sniffImage(text('<html><svg></svg></html>'))).toBeUndefined();
	});

	it('refuses SVGs with scripts, handlers, foreign objects, entities or references to other files', () => {
		const svg = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}>${inner}</svg>`;
		expect(svgProblem(svg('<rect width="4" height="4" fill="url(#g)"/><use href="#shape"/>'))).toBeUndefined();
		expect(
			[
				svg('<script>alert(1)</script>'),
				svg('<rect/>', ' onload="alert(1)"'),
				svg('<foreignObject><iframe/></foreignObject>'),
				`<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('&x;')}`,
				svg('<image href="https://tracker.example/pixel.png"/>'),
				svg('<use xlink:href="../../etc/shapes.svg#a"/>'),
				svg('<rect style="fill: url(https://tracker.example/x)"/>'),
				svg('<style>@import "https://tracker.example/a.css";</style>'),
			].map(svgProblem),
		).toEqual([
			'a <script> element',
			'an event handler attribute',
			'a <foreignObject> element',
			'an entity declaration',
			'a reference to another file',
			'a reference to another file',
			'a url() reference to another file',
			'an @import',
		]);
	});
});

describe('images outside the module graph', () => {
	it('gives each allowed image a cet-media: placeholder, and anything else one the build refuses', () => {
		const file = 'content/chapters/en/alpha.mdx';
		expect(['../../media/ballot box.png', './seal-flow.svg', '../../../../etc/passwd', './diagram.js'].map((url) => mediaPlaceholder(file, url))).toEqual([
			'cet-media:content/media/ballot%20box.png',
			'cet-media:content/chapters/en/seal-flow.svg',
			'cet-media:refused',
			'cet-media:refused',
		]);
	});

	it('shows an image of base text rendered beside an adaptation as its alt text', () => {
		expect(renderSectionMarkdown('See ![A sealed box](../../media/box.png).')).toMatchInlineSnapshot(`
			"<p>See A sealed box.</p>
			"
		`);
	});
});
