/**
 * cet:safe-urls — a link goes to a web page, an e-mail address or a page of
 * the site; an image comes from the site itself.
 *
 * ```mdx
 * [Run](javascript:alert(1))           ✗ UnsafeUrl
 * ![Seal](https://tracker.example/a.png) ✗ RemoteImage: the reader's browser would ask another site
 * [Law](https://example.org/act)       ✓
 * [INC-3](critical-incident-protocol.html#INC-3) ✓
 * ```
 *
 * Browsers ignore tabs, line breaks and control characters in a scheme
 * (`java&#9;script:`), so they are removed before the scheme is read. Part of
 * the build gate (`src/markdown/mdx-gate.ts`) as well as of
 * `npm run lint:content`.
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { report } from '../report.ts';
import { isUrlNode } from '../mdx-nodes.ts';

/** The schemes a link may use; a relative link has none. */
export const SAFE_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

/** The scheme of a URL as a browser reads it, lowercased, or undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
	const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

const safeUrls = lintRule<Root>('cet:safe-urls', (tree, file) => {
	// A definition used by an image reference, `![alt][seal]`, is an image source.
	const imageLabels = new Set<string>();
	visit(tree as Node, (node) => {
		if (node.type === 'imageReference') imageLabels.add(String((node as { identifier?: string }).identifier));
	});
	visit(tree as Node, (node) => {
		if (!isUrlNode(node)) return;
		const scheme = urlScheme(node.url);
		const image = node.type === 'image' || (node.type === 'definition' && imageLabels.has(String((node as { identifier?: string }).identifier)));
		if (scheme && !SAFE_SCHEMES.includes(scheme)) report(file, node.position, 'UnsafeUrl', node.url, scheme);
		else if (image && (scheme || node.url.trim().startsWith('//'))) report(file, node.position, 'RemoteImage', node.url);
	});
});

export default safeUrls;
