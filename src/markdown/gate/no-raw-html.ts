/**
 * cet:no-raw-html — no `<script>`, `<iframe>` or `<style>`, and no event
 * handler attribute (`onclick`, `onError`…) on any element or heading.
 *
 * ```mdx
 * <script>alert(1)</script>            ✗ RawHtmlElement
 * <Term id="emb" onClick="go()" />     ✗ EventHandlerAttribute
 * ## Why {#why onclick=go()}           ✗ EventHandlerAttribute
 * Write **Markdown** instead.          ✓
 * ```
 *
 * Part of the build gate (`src/markdown/mdx-gate.ts`) as well as of
 * `npm run lint:content`.
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
				if (attribute.type === 'mdxJsxAttribute' && isEventHandler(attribute.name)) report(file, attribute.position ?? node.position, 'EventHandlerAttribute', attribute.name, node.name ?? '');
			}
		} else if (isHeading(node)) {
			for (const name of Object.keys(node.data?.hProperties ?? {})) if (isEventHandler(name)) report(file, node.position, 'EventHandlerAttribute', name, `h${node.depth}`);
		} else if (isHtml(node)) {
			report(file, node.position, 'RawHtmlElement', /^<\s*([A-Za-z][\w:-]*)/.exec(node.value)?.[1] ?? 'html');
		}
	});
});

export default noRawHtml;
