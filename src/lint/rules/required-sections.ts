/**
 * cet:required-sections — a chapter has the sections every chapter has, as
 * `##` headings with these anchors, in this order (by default {#why},
 * {#threats}, {#adapting}). Other sections may stand between them. Applies to
 * chapters that hold their own structure; a translation keeps its source's
 * sections, which `npm run check` verifies.
 *
 * ```mdx
 * ## Why this matters {#why}
 * ## Threats addressed {#threats}
 * ## Adapting this chapter {#adapting}     ✓
 * ```
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { Node, Position } from 'unist';
import { visit } from 'unist-util-visit';
import { report } from '../../markdown/report.ts';
import { headingAnchor, isHeading } from '../../markdown/mdx-nodes.ts';

export interface RequiredSectionsOptions {
	/** The anchors every chapter has, in order. */
	anchors: readonly string[];
}

const requiredSections = lintRule<Root, RequiredSectionsOptions | undefined>('cet:required-sections', (tree, file, options) => {
	const info = file.data.content;
	if (!options?.anchors.length || info?.kind !== 'chapter' || !info.source) return;
	const sections: Array<{ anchor: string; position: Position | undefined }> = [];
	visit(tree as Node, (node) => {
		const anchor = isHeading(node) && node.depth === 2 ? headingAnchor(node) : undefined;
		if (anchor !== undefined && options.anchors.includes(anchor)) sections.push({ anchor, position: node.position });
	});
	const end = tree.position ? { start: tree.position.end, end: tree.position.end } : undefined;
	options.anchors.forEach((anchor, index) => {
		if (sections.some((section) => section.anchor === anchor)) return;
		// Where it belongs: before the next required section that is there, else at the end.
		const next = sections.find((section) => options.anchors.indexOf(section.anchor) > index);
		report(file, next?.position ?? end, 'MissingSection', anchor, options.anchors);
	});
	const order = sections.map((section) => section.anchor);
	sections.forEach((section, index) => {
		const expected = order.slice(index + 1).find((later) => options.anchors.indexOf(later) < options.anchors.indexOf(section.anchor));
		if (expected) report(file, section.position, 'SectionOrder', section.anchor, expected);
	});
});

export default requiredSections;
