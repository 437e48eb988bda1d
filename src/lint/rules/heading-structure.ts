/**
 * cet:heading-structure — headings go down one level at a time from the page
 * title (the site's only level-1 heading), and every section (`##`) has an
 * explicit anchor, since editions replace sections and translations keep them
 * by anchor. Anchors are kebab-case, unique in the file, and not one the
 * page template uses itself. Deeper headings need no anchor; one they have is
 * checked the same way.
 *
 * Examples (run as tests by tests/unit/lint/rule-examples.test.ts, which
 * describes the form):
 *
 * @example ok.mdx Sections with anchors, and deeper headings one level at a time
 * ```mdx
 * ## Why this matters {#why}
 *
 * ### What counts as an incident
 *
 * #### Incidents at a polling place {#polling-place}
 *
 * ## Threats addressed {#threats}
 *
 * Adapting this chapter {#adapting}
 * ---------------------------------
 * ```
 *
 * @example not-ok.mdx A second page title, a skipped level, a section without an anchor
 * ```mdx
 * # Critical incident protocol
 *
 * ## Why this matters {#why}
 *
 * #### Who declares an incident
 *
 * ## Threats addressed
 * ```
 * ```text
 * 1:1 HeadingTitleLevel: A level-1 heading (#) would repeat the page title, which the site shows as the only level-1 heading.
 * 5:1 HeadingLevelSkipped: The heading goes from level 2 to level 4, skipping a level.
 * 7:1 SectionAnchorMissing: The section "Threats addressed" has no anchor, so editions and translations cannot refer to it.
 * ```
 *
 * @example not-ok-anchors.mdx An anchor that is not kebab-case, one used twice, one the page template takes
 * ```mdx
 * ## Why it matters {#Why_It_Matters}
 *
 * ## Threats addressed {#threats}
 *
 * ## Insider threats {#threats}
 *
 * ## Sources {#sources}
 * ```
 * ```text
 * 1:1 SectionAnchorFormat: The anchor {#Why_It_Matters} is not kebab-case.
 * 5:1 DuplicateSectionAnchor: The anchor {#threats} is already used on line 3.
 * 7:1 ReservedSectionAnchor: The anchor {#sources} is taken by a part of the page the site adds itself.
 * ```
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { report } from '../../markdown/report.ts';
import { headingAnchor, isHeading, textOf } from '../../markdown/mdx-nodes.ts';

export interface HeadingStructureOptions {
	/** IDs the page template gives its own parts (`practices`, `sources`…), which a section may not take. */
	reservedAnchors?: readonly string[];
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const headingStructure = lintRule<Root, HeadingStructureOptions | undefined>('cet:heading-structure', (tree, file, options) => {
	const reserved = new Set(options?.reservedAnchors ?? []);
	const seen = new Map<string, number>();
	// The page title is the level-1 heading.
	let previous = 1;
	visit(tree as Node, (node) => {
		if (!isHeading(node)) return;
		const anchor = headingAnchor(node);
		if (node.depth === 1) report(file, node.position, 'HeadingTitleLevel');
		else if (node.depth > previous + 1) report(file, node.position, 'HeadingLevelSkipped', node.depth, previous);
		previous = Math.max(node.depth, 1);
		if (anchor === undefined) {
			if (node.depth === 2) report(file, node.position, 'SectionAnchorMissing', textOf(node).trim());
			return;
		}
		const line = node.position?.start.line ?? 1;
		if (!KEBAB.test(anchor)) report(file, node.position, 'SectionAnchorFormat', anchor);
		else if (reserved.has(anchor)) report(file, node.position, 'ReservedSectionAnchor', anchor);
		if (seen.has(anchor)) report(file, node.position, 'DuplicateSectionAnchor', anchor, seen.get(anchor)!);
		else seen.set(anchor, line);
	});
});

export default headingStructure;
