/**
 * cet:safe-urls — the one rule for every address content names
 * (`src/markdown/media-paths.ts`). A link goes to a web page over https:, an
 * e-mail address, or a page of the site by a relative path (no scheme, not
 * `//…`, not `/…`). An image is a file of the repository: a relative path
 * that stays beside the file or under `content/media/`, with an allowed
 * extension (png, jpg, jpeg, webp, avif, svg), written inline (not through a
 * reference definition). Every other scheme is refused, on links, images and
 * reference definitions alike; a definition that an image uses is an image
 * source. Whether the image file exists, is no symlink and really is the
 * image its extension says is checked on disk by `src/content/media-fs.ts`.
 *
 * Browsers ignore case, tabs, line breaks and control characters in a scheme
 * (`java&#9;script:`), so they are removed before the scheme is read. Part of
 * the build gate (`src/markdown/mdx-gate.ts`), of `npm run lint:content`, and
 * of the check of edition section bodies. Whether a relative link resolves is
 * cet:internal-links's business.
 *
 * Examples (run as tests by tests/unit/lint/rule-examples.test.ts, which
 * describes the form):
 *
 * @example ok.mdx Web, e-mail and relative links, and images beside the file
 * ```mdx
 * Read [the act](https://laws.example.org/elections-act), write to [the editors](mailto:editors@example.org),
 * see [INC-3](critical-incident-protocol.html#INC-3) and [below](#why).
 *
 * ![A sealed ballot box with a numbered tie](ballot-box.png) ![The seal log](./images/seal-log.svg)
 * ```
 *
 * @example not-ok.mdx javascript:, data:, vbscript: and http: addresses, also through a reference definition
 * ```mdx
 * [Check your registration](JavaScript:alert(document.cookie)) or [download the form](data:text/html;base64,PHNjcmlwdD4=).
 *
 * [Results][results] and [the old portal](http://results.example.org/).
 *
 * [results]: vbscript:msgbox
 * ```
 * ```text
 * 1:1 UnsafeUrl: The address JavaScript:alert(document.cookie) uses the javascript: scheme, which a browser may run or hand to another program.
 * 1:65 UnsafeUrl: The address data:text/html;base64,PHNjcmlwdD4= uses the data: scheme, which a browser may run or hand to another program.
 * 3:24 InsecureUrl: The address http://results.example.org/ uses http:, which sends the page unencrypted: anyone on the way could read or change what the reader gets.
 * 5:1 UnsafeUrl: The address vbscript:msgbox uses the vbscript: scheme, which a browser may run or hand to another program.
 * ```
 *
 * @example not-ok-links.mdx Links that are protocol-relative or root-absolute
 * ```mdx
 * See [the mirror](//mirror.example.org/cet/) and [the key](/etc/passwd).
 * ```
 * ```text
 * 1:5 UnsafePath: The address //mirror.example.org/cet/ names another site without a scheme (//…), so it could reach a file outside the publication.
 * 1:49 UnsafePath: The address /etc/passwd is an absolute path, so it could reach a file outside the publication.
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
 * 1:89 ImageReference: The image ![…][log] takes its address from a reference definition; content images must give their path inline.
 * 3:1 UnsafeUrl: The address data:image/png;base64,iVBORw0KGgo= uses the data: scheme, which a browser may run or hand to another program.
 * 5:1 RemoteImage: The image http://tracker.example/log.png would be loaded from another site, which would tell that site who reads the page.
 * ```
 *
 * @example not-ok-paths.mdx Images outside the folders, absolute, of a type content may not show, or code
 * ```mdx
 * ![x](../../../../../../../../etc/passwd) ![y](%2e%2e/%2e%2e/secret.png) ![z](/etc/hosts.png)
 *
 * ![Diagram](./diagram.js) ![Page](page.html) ![Back](..\\..\\secret.png)
 * ```
 * ```text
 * 1:1 ImageOutsideMedia: The image ../../../../../../../../etc/passwd resolves to ../../../../../etc/passwd, which is neither beside the file nor under content/media/.
 * 1:42 ImageOutsideMedia: The image %2e%2e/%2e%2e/secret.png resolves to content/secret.png, which is neither beside the file nor under content/media/.
 * 1:73 UnsafePath: The address /etc/hosts.png is an absolute path, so it could reach a file outside the publication.
 * 3:1 ImageType: The image ./diagram.js is not one of the types content may show (png, jpg, jpeg, webp, avif, svg).
 * 3:26 ImageType: The image page.html is not one of the types content may show (png, jpg, jpeg, webp, avif, svg).
 * 3:45 UnsafePath: The address ..\..\secret.png contains a backslash, so it could reach a file outside the publication.
 * ```
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { report } from '../report.ts';
import { isUrlNode } from '../mdx-nodes.ts';
import { IMAGE_EXTENSIONS, LINK_SCHEMES, pathProblem, resolveImage, urlScheme } from '../media-paths.ts';

export { urlScheme } from '../media-paths.ts';

/** The schemes a link may use; a relative link has none. */
export const SAFE_SCHEMES: readonly string[] = LINK_SCHEMES;

const safeUrls = lintRule<Root>('cet:safe-urls', (tree, file) => {
	// A definition used by an image reference, `![alt][seal]`, is an image source.
	const imageLabels = new Set<string>();
	visit(tree as Node, (node) => {
		if (node.type === 'imageReference') imageLabels.add(String((node as { identifier?: string }).identifier));
	});
	const name = file.path ? file.path : 'file.mdx';
	visit(tree as Node, (node) => {
		if (node.type === 'imageReference') {
			const { identifier, label } = node as { identifier?: string; label?: string };
			report(file, node.position, 'ImageReference', String(label ?? identifier));
		}
		if (!isUrlNode(node)) return;
		const scheme = urlScheme(node.url);
		const image = node.type === 'image' || (node.type === 'definition' && imageLabels.has(String((node as { identifier?: string }).identifier)));
		if (image && (scheme === 'http' || scheme === 'https' || /^[/\\]{2}/.test(node.url.trim()))) report(file, node.position, 'RemoteImage', node.url);
		else if (scheme === 'http') report(file, node.position, 'InsecureUrl', node.url);
		else if (scheme && !SAFE_SCHEMES.includes(scheme)) report(file, node.position, 'UnsafeUrl', node.url, scheme);
		else if (image && scheme) report(file, node.position, 'RemoteImage', node.url);
		else if (scheme) return;
		else if (node.type !== 'image') {
			const problem = pathProblem(node.url);
			if (problem) report(file, node.position, 'UnsafePath', node.url, problem);
		} else {
			const resolved = resolveImage(name, node.url);
			if (resolved.ok) return;
			if (resolved.code === 'UnsafePath') report(file, node.position, 'UnsafePath', node.url, resolved.why);
			else if (resolved.code === 'ImageOutsideMedia') report(file, node.position, 'ImageOutsideMedia', node.url, resolved.resolved);
			else report(file, node.position, 'ImageType', node.url, IMAGE_EXTENSIONS);
		}
	});
});

export default safeUrls;
