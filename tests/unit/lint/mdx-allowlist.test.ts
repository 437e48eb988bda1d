/**
 * cet:mdx-allowlist, beyond the examples in its header (which run on both
 * parsers in rule-examples.test.ts): what a doc comment cannot hold, and the
 * allowlist itself.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxAllowlist } from '../../../src/markdown/mdx-allowlist.ts';
import rule from '../../../src/markdown/gate/mdx-allowlist.ts';
import { frontmatter, gate, lint } from '../../support/lint.ts';

const head = frontmatter('title: Test');
const check = (body: string) => lint(rule, undefined, head + body);

describe('cet:mdx-allowlist', () => {
	it('refuses an expression that is only a comment, on both parsers', () => {
		const body = '{/* a note */}\n';
		expect(check(body)).toMatchInlineSnapshot(`
			[
			  "4:1 MdxExpression: The expression {/* a note */} would run as code at build time; content may not contain one.",
			]
		`);
		expect(gate(head + body)).toEqual(check(body));
	});

	it('allowlists exactly the components in src/components/mdx/', () => {
		const components = readdirSync(path.resolve(import.meta.dirname, '../../../src/components/mdx')).map((name) => path.basename(name, '.astro'));
		expect(Object.keys(mdxAllowlist).sort()).toEqual(components.sort());
	});
});
