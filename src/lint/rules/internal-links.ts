/**
 * cet:internal-links — a link inside the site resolves: to a page of the
 * same edition and language by its file name, and to an anchor that page
 * has (a section, a practice ID or a glossary term). Links are relative, so
 * that the site works under any path and from disk. A page's own anchors
 * include the sections of the text being linted, also before the page is in
 * the publication. Anchors match exactly, case included.
 *
 * Links with a scheme (https:, mailto:) and protocol-relative ones (`//…`)
 * leave the site and are not checked here; cet:safe-urls checks their
 * scheme. An inline image is not a link: cet:safe-urls checks where it
 * comes from. Without the publication (`pages` undefined) nothing is checked.
 *
 * Examples (run as tests by tests/unit/lint/rule-examples.test.ts, which
 * describes the form):
 *
 * @example ok.mdx A chapter, a practice, a glossary term, a section of this page, the web
 * ```json
 * {"pages": {"critical-incident-protocol.html": ["why", "threats", "INC-1", "INC-3"], "practices.html": ["INC-1", "INC-3"], "glossary.html": ["chain-of-custody"], "index.html": []}}
 * ```
 * ```mdx
 * ## Adapting this chapter {#adapting}
 *
 * Declare an incident under [INC-3](critical-incident-protocol.html#INC-3); the [full list](practices.html#INC-1)
 * has every practice. Keep the [chain of custody](glossary.html#chain-of-custody) as [described above](#adapting),
 * and read [the protocol](critical-incident-protocol.html) with [the act](https://laws.example.org/elections-act#s-12).
 * Back to [the template](index.html).
 * ```
 *
 * @example not-ok.mdx An anchor the page lacks, a page that does not exist, a root-absolute link
 * ```json
 * {"pages": {"critical-incident-protocol.html": ["why", "threats", "INC-1", "INC-3"], "practices.html": ["INC-1", "INC-3"], "glossary.html": ["chain-of-custody"]}}
 * ```
 * ```mdx
 * See [INC-3](practices.html#INC-33) and the [protocol](critical-incident-protocol), or go [home](/base/en/index.html).
 * The [term](glossary.html#Chain-of-Custody) is defined; [this section](#adapting) is not.
 * Read [the French text](../fr/critical-incident-protocol.html) or [the annex][annex].
 *
 * [annex]: annex.html
 * ```
 * ```text
 * 1:5 BrokenAnchorLink: The link practices.html#INC-33 does not resolve: practices.html has no anchor #INC-33.
 * 1:44 BrokenPageLink: The link critical-incident-protocol does not resolve: the site has no page critical-incident-protocol in an edition.
 * 1:90 RootAbsoluteLink: The link /base/en/index.html starts with "/", so it breaks when the site is served under a sub-path or opened from disk.
 * 2:5 BrokenAnchorLink: The link glossary.html#Chain-of-Custody does not resolve: glossary.html has no anchor #Chain-of-Custody.
 * 2:56 BrokenAnchorLink: The link #adapting does not resolve: critical-incident-protocol.html has no anchor #adapting.
 * 3:6 BrokenPageLink: The link ../fr/critical-incident-protocol.html does not resolve: the site has no page ../fr/critical-incident-protocol.html in an edition.
 * 5:1 BrokenPageLink: The link annex.html does not resolve: the site has no page annex.html in an edition.
 * ```
 *
 * @example ok-without-publication.mdx Nothing to resolve against: check reports why the content did not load
 * ```mdx
 * See [INC-3](practices.html#INC-33).
 * ```
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
