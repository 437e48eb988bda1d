/** cet:no-raw-html, on both parsers: no script, iframe or style, no event handler anywhere. */
import { describe, expect, it } from 'vitest';
import rule from '../../../src/markdown/gate/no-raw-html.ts';
import { frontmatter, gate, lint } from '../../support/lint.ts';

const head = frontmatter('title: Test');
const check = (body: string) => lint(rule, undefined, head + body);
const lines = (found: string[]) => found.map((line) => line.replace(/^(\d+):\d+ (\w+):.*$/, '$1 $2'));

describe('cet:no-raw-html', () => {
	it('accepts Markdown and components without handlers', () => {
		expect(check('Write **Markdown** and <Term id="emb" />.\n')).toEqual([]);
	});

	it('refuses <script>, <iframe> and <style>, whatever their case', () => {
		const body = '<script>alert(1)</script>\n\n<IFRAME src="https://example.org" />\n\nText <style>{"p{}"}</style>.\n';
		expect(check(body)).toMatchInlineSnapshot(`
			[
			  "4:1 RawHtmlElement: The <script> element is not allowed in content: it would run code in the reader's browser.",
			  "6:1 RawHtmlElement: The <IFRAME> element is not allowed in content: it would load another site into the page.",
			  "8:6 RawHtmlElement: The <style> element is not allowed in content: it would restyle the page outside the site's stylesheet.",
			]
		`);
		// The gate also refuses the expression inside <style>; the element itself is reported the same way.
		expect(gate(head + body).filter((line) => !line.includes('MdxExpression'))).toEqual(check(body));
	});

	it('refuses event handlers on components, HTML elements and headings', () => {
		const body = '<Term id="emb" onClick="steal()" />\n\n<img alt="x" src="x.png" onerror="steal()" />\n';
		expect(check(body)).toMatchInlineSnapshot(`
			[
			  "4:16 EventHandlerAttribute: The attribute onClick on <Term> is an event handler, which would run code in the reader's browser.",
			  "6:26 EventHandlerAttribute: The attribute onerror on <img> is an event handler, which would run code in the reader's browser.",
			]
		`);
		expect(lines(gate(head + body).filter((line) => line.includes('EventHandlerAttribute')))).toEqual(lines(check(body)));
		expect(gate(`${head}## Why {#why onmouseover=steal()}\n`)).toMatchInlineSnapshot(`
			[
			  "4:1 EventHandlerAttribute: The attribute onmouseover on <h2> is an event handler, which would run code in the reader's browser.",
			]
		`);
	});
});
