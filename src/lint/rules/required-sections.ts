/**
 * cet:required-sections — a chapter has the sections every chapter has, as
 * `##` headings with these anchors, in this order (by default {#why},
 * {#threats}, {#adapting}). Other sections may stand between them. Applies to
 * chapters that hold their own structure (the source locale, and an
 * edition's own chapters in every locale); a translation keeps its source's
 * sections, which `npm run check` verifies, and a prose page has none. A
 * missing section is reported where it belongs: at the next required section
 * that is there, else at the end of the file.
 *
 * Examples (run as tests by tests/unit/lint/rule-examples.test.ts, which
 * describes the form):
 *
 * @example ok.mdx The three sections in order, with another between them
 * ```mdx
 * ## Why this matters {#why}
 *
 * ## What went wrong in past elections {#history}
 *
 * ## Threats addressed {#threats}
 *
 * ## Adapting this chapter {#adapting}
 * ```
 *
 * @example not-ok.mdx A section missing, reported before the next one that is there
 * ```mdx
 * ## Why this matters {#why}
 *
 * Incidents are declared by a standing panel.
 *
 * ## Adapting this chapter {#adapting}
 * ```
 * ```text
 * 5:1 MissingSection: The chapter has no section {#threats}; every chapter has {#why}, {#threats}, {#adapting}, in that order.
 * ```
 *
 * @example not-ok-order.mdx A section out of order
 * ```mdx
 * ## Threats addressed {#threats}
 *
 * ## Why this matters {#why}
 *
 * ## Adapting this chapter {#adapting}
 * ```
 * ```text
 * 1:1 SectionOrder: The section {#threats} is out of order: {#why} comes before it.
 * ```
 *
 * @example not-ok-edition.mdx An edition's own chapter, in French, with none of them, reported at the end
 * ```json
 * {"file": "content/editions/ca/chapters/fr/elections-locales.mdx"}
 * ```
 * ```mdx
 * ## Pourquoi c'est important
 *
 * Texte.
 * ```
 * ```text
 * 4:1 MissingSection: The chapter has no section {#why}; every chapter has {#why}, {#threats}, {#adapting}, in that order.
 * 4:1 MissingSection: The chapter has no section {#threats}; every chapter has {#why}, {#threats}, {#adapting}, in that order.
 * 4:1 MissingSection: The chapter has no section {#adapting}; every chapter has {#why}, {#threats}, {#adapting}, in that order.
 * ```
 *
 * @example ok-translation.mdx A translation: its sections are checked against its source by npm run check
 * ```json
 * {"file": "content/chapters/fr/critical-incident-protocol.mdx"}
 * ```
 * ```mdx
 * ## Pourquoi c'est important {#why}
 * ```
 *
 * @example ok-page.mdx A prose page
 * ```json
 * {"file": "content/pages/en/introduction.mdx"}
 * ```
 * ```mdx
 * ## How to read this template {#reading}
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
