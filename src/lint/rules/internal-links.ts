/**
 * cet:internal-links — a link inside the site resolves: to a page of the
 * same edition and language by its file name, and to an anchor that page
 * has (a section, a practice ID or a glossary term). Links are relative, so
 * that the site works under any path and from disk.
 *
 * ```mdx
 * [the protocol](critical-incident-protocol.html)           ✓ a chapter
 * [INC-3](critical-incident-protocol.html#INC-3)             ✓ a practice
 * [chain of custody](glossary.html#chain-of-custody)         ✓ a glossary term
 * [below](#adapting)                                         ✓ a section of this page
 * [INC-3](practices.html#INC-33)                             ✗ BrokenAnchorLink
 * [protocol](critical-incident-protocol)                     ✗ BrokenPageLink: pages end in .html
 * [home](/base/en/index.html)                                ✗ RootAbsoluteLink
 * ```
 *
 * Links with a scheme (https:, mailto:) leave the site and are not checked
 * here; cet:safe-urls checks their scheme.
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { report } from '../../markdown/report.ts';
import { headingAnchor, isHeading, isUrlNode } from '../../markdown/mdx-nodes.ts';
import { urlScheme } from '../../markdown/gate/safe-urls.ts';

export interface InternalLinksOptions {
	/** Each page of an edition and language by file name, with the anchors it has. @example { "glossary.html": ["chain-of-custody"] } */
	pages: Readonly<Record<string, readonly string[]>>;
}

const internalLinks = lintRule<Root, InternalLinksOptions | undefined>('cet:internal-links', (tree, file, options) => {
	if (!options) return;
	const info = file.data.content;
	const self = info && info.kind !== 'other' ? `${info.name}.html` : undefined;
	// This page's own anchors, also when it is new and not yet in `pages`.
	const own = new Set<string>(self ? (options.pages[self] ?? []) : []);
	visit(tree as Node, (node) => {
		const anchor = isHeading(node) ? headingAnchor(node) : undefined;
		if (anchor) own.add(anchor);
	});
	const targets = (page: string) => (page === self ? own : Object.hasOwn(options.pages, page) ? new Set(options.pages[page]) : undefined);
	visit(tree as Node, (node) => {
		if (!isUrlNode(node) || node.type === 'image') return;
		const url = node.url.trim();
		if (url === '' || urlScheme(url) !== undefined || url.startsWith('//')) return;
		if (url.startsWith('/')) {
			report(file, node.position, 'RootAbsoluteLink', url);
			return;
		}
		const hash = url.indexOf('#');
		const page = hash === -1 ? url : url.slice(0, hash);
		const fragment = hash === -1 ? '' : url.slice(hash + 1);
		const anchors = page === '' ? own : targets(page);
		if (!anchors) report(file, node.position, 'BrokenPageLink', url, page);
		else if (fragment && !anchors.has(fragment)) report(file, node.position, 'BrokenAnchorLink', url, fragment, page || self || 'this page');
	});
});

export default internalLinks;
