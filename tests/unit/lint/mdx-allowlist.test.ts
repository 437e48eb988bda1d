/**
 * cet:mdx-allowlist: no import, export or expression; only allowlisted
 * components, with literal props; a heading carries only its anchor. Each
 * case is checked on both parsers: remark-mdx (lint:content) and Sätteri,
 * which Astro compiles with (the build gate), must refuse the same things.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxAllowlist } from '../../../src/markdown/mdx-allowlist.ts';
import rule from '../../../src/markdown/gate/mdx-allowlist.ts';
import { frontmatter, gate, lint } from '../../support/lint.ts';

const head = frontmatter('title: Test');
const check = (body: string) => lint(rule, undefined, head + body);
/** Code and line only: Sätteri gives attributes no position of their own, so it reports them at their element. */
const lines = (found: string[]) => found.map((line) => line.replace(/^(\d+):\d+ (\w+):.*$/, '$1 $2'));

describe('cet:mdx-allowlist', () => {
	it('accepts Markdown, the allowlisted <Term> with a literal id, and a heading anchor', () => {
		const body = '## Why this matters {#why}\n\nAsk <Term id="emb" /> for **the record**.\n\n<Term id="electoral-law" />\n';
		expect(check(body)).toEqual([]);
		expect(gate(head + body)).toEqual([]);
	});

	it('refuses each import and export, on its own line', () => {
		const body = "import fs from 'node:fs'\nexport const year = 2026\n";
		expect(check(body)).toMatchInlineSnapshot(`
			[
			  "4:1 MdxImport: The file imports code (import fs from 'node:fs'); an MDX import runs at build time, so content may not have one.",
			  "5:1 MdxExport: The file exports code (export const year = 2026); an MDX export runs at build time, so content may not have one.",
			]
		`);
		expect(gate(head + body)).toEqual(check(body));
	});

	it('refuses an expression, in text or on its own, comments included', () => {
		const body = 'Home: {process.env.HOME}\n\n{/* a note */}\n';
		expect(check(body)).toMatchInlineSnapshot(`
			[
			  "4:7 MdxExpression: The expression {process.env.HOME} would run as code at build time; content may not contain one.",
			  "6:1 MdxExpression: The expression {/* a note */} would run as code at build time; content may not contain one.",
			]
		`);
		expect(gate(head + body)).toEqual(check(body));
	});

	it('refuses components and HTML elements off the allowlist, and fragments', () => {
		const body = 'A <Counter start="1" /> and <b>bold</b>.\n\n<>fragment</>\n';
		expect(check(body)).toMatchInlineSnapshot(`
			[
			  "4:3 DisallowedComponent: <Counter> is not a component content may use; the allowlist has <Term>.",
			  "4:29 DisallowedComponent: The HTML element <b> is not allowed in content; the components content may use are <Term>.",
			  "6:1 DisallowedComponent: A fragment <>…</> is not allowed in content; the components content may use are <Term>.",
			]
		`);
		expect(gate(head + body)).toEqual(check(body));
	});

	it('refuses props that are expressions, spreads, bare, unknown or missing, and text inside <Term>', () => {
		const body = 'A <Term id={name} /> b <Term {...props} /> c <Term id /> d <Term id="emb" lang="fr" /> e <Term /> f <Term id="emb">x</Term>\n';
		expect(check(body)).toMatchInlineSnapshot(`
			[
			  "4:9 NonLiteralProp: The prop id of <Term> is an expression, which would run as code at build time.",
			  "4:30 NonLiteralProp: The spread {...props} of <Term> is an expression, which would run as code at build time.",
			  "4:52 NonLiteralProp: The prop id of <Term> has no value.",
			  "4:75 DisallowedProp: <Term> takes no prop lang; it takes id.",
			  "4:90 MissingProp: <Term> needs the prop id.",
			  "4:116 ComponentChildren: <Term> takes nothing between its tags.",
			]
		`);
		expect(lines(gate(head + body))).toEqual(lines(check(body)));
	});

	it('refuses heading attributes other than the anchor (the gate; remark-mdx cannot even read them)', () => {
		expect(gate(`${head}## Why {#why .wide data=x}\n`)).toMatchInlineSnapshot(`
			[
			  "4:1 HeadingAttribute: The heading carries the attribute .wide; a heading may carry only its anchor.",
			  "4:1 HeadingAttribute: The heading carries the attribute data=x; a heading may carry only its anchor.",
			]
		`);
		expect(check('## Why {#why .wide}\n')[0]).toMatch(/^4:\d+ MdxSyntax: /);
	});

	it('allowlists exactly the components in src/components/mdx/', () => {
		const components = readdirSync(path.resolve(import.meta.dirname, '../../../src/components/mdx')).map((name) => path.basename(name, '.astro'));
		expect(Object.keys(mdxAllowlist).sort()).toEqual(components.sort());
	});
});
