/**
 * cet:heading-structure — headings go down one level at a time from the page
 * title (the site's only level-1 heading), and every section (`##`) has an
 * explicit anchor, since editions replace sections and translations keep them
 * by anchor. Anchors are kebab-case, unique in the file, and not one the
 * page template uses itself.
 *
 * ```mdx
 * ## Why this matters {#why}     ✓
 * ### A detail                    ✓ (deeper headings need no anchor)
 * ## Threats addressed            ✗ SectionAnchorMissing
 * #### Too deep                   ✗ HeadingLevelSkipped
 * # Title                         ✗ HeadingTitleLevel
 * ## Sources {#sources}           ✗ ReservedSectionAnchor
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
