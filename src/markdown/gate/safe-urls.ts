/**
 * cet:safe-urls — a link goes to a web page, an e-mail address or a page of
 * the site (http:, https:, mailto:, or no scheme); an image comes from the
 * site itself (no scheme, and not `//…`). Every other scheme is refused, on
 * links, images and reference definitions alike; a definition that an image
 * uses is an image source.
 *
 * Browsers ignore case, tabs, line breaks and control characters in a scheme
 * (`java&#9;script:`), so they are removed before the scheme is read. Part of
 * the build gate (`src/markdown/mdx-gate.ts`) as well as of
 * `npm run lint:content`. Whether a relative link resolves is
 * cet:internal-links's business.
 *
 * Examples (run as tests by tests/unit/lint/rule-examples.test.ts, which
 * describes the form):
 *
 * @example ok.mdx Web, e-mail and relative links, and images from the site
 * ```mdx
 * Read [the act](https://laws.example.org/elections-act), write to [the editors](mailto:editors@example.org),
 * see [INC-3](critical-incident-protocol.html#INC-3) and [below](#why), or [the mirror](//mirror.example.org/cet/).
 *
 * ![A sealed ballot box with a numbered tie](ballot-box.png)
 *
 * ![The seal log][seal-log]
 *
 * [seal-log]: ../images/seal-log.png
 * ```
 *
 * @example not-ok.mdx javascript:, data: and vbscript: addresses, also through a reference definition
 * ```mdx
 * [Check your registration](JavaScript:alert(document.cookie)) or [download the form](data:text/html;base64,PHNjcmlwdD4=).
 *
 * [Results][results]
 *
 * [results]: vbscript:msgbox
 * ```
 * ```text
 * 1:1 UnsafeUrl: The address JavaScript:alert(document.cookie) uses the javascript: scheme, which a browser may run or hand to another program.
 * 1:65 UnsafeUrl: The address data:text/html;base64,PHNjcmlwdD4= uses the data: scheme, which a browser may run or hand to another program.
 * 5:1 UnsafeUrl: The address vbscript:msgbox uses the vbscript: scheme, which a browser may run or hand to another program.
 * ```
 *
 * @example not-ok-images.mdx Images from another site, also protocol-relative, through a reference, or as data:
 * ```mdx
 * ![The count](https://tracker.example/count.png) ![The seal](//tracker.example/seal.png) ![The log][log]
 *
 * ![The form](data:image/png;base64,iVBORw0KGgo=)
 *
 * [log]: http://tracker.example/log.png
 * ```
 * ```text
 * 1:1 RemoteImage: The image https://tracker.example/count.png would be loaded from another site, which would tell that site who reads the page.
 * 1:49 RemoteImage: The image //tracker.example/seal.png would be loaded from another site, which would tell that site who reads the page.
 * 3:1 UnsafeUrl: The address data:image/png;base64,iVBORw0KGgo= uses the data: scheme, which a browser may run or hand to another program.
 * 5:1 RemoteImage: The image http://tracker.example/log.png would be loaded from another site, which would tell that site who reads the page.
 * ```
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
