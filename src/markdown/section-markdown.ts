/**
 * Markdown shown outside a chapter's own MDX: an edition's section (Markdown
 * only, no HTML: checked when the content loads, through the same gate and
 * lint rules as chapters), and a base section shown beside its adaptation.
 * Rendered with the chapters' own plugins, so practice IDs are isolated the
 * same way.
 */
import { markdownToHtml, type HastPluginDefinition, type MarkdownToHtmlResult } from 'satteri';
import { isolatePracticeIdsPlugin } from './isolate-practice-ids.ts';
import { markdownFeatures } from './mdx-body.ts';

/**
 * Images here would keep their address as written, which no page can reach:
 * only the chapter pages get their images through `src/build/media.ts`. Here
 * an image is its alt text. Edition section bodies show no images at all
 * (`section-urls.ts`).
 */
const imagesAsAltText: HastPluginDefinition = {
	name: 'images-as-alt-text',
	element: {
		filter: ['img'],
		visit(node) {
			return { type: 'text', value: String(node.properties?.alt ?? '') } as never;
		},
	},
};

/** Headings without their anchors: for a copy of a section shown on another page than its own. */
const headingsWithoutAnchors: HastPluginDefinition = {
	name: 'headings-without-anchors',
	element: {
		filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
		visit(node) {
			if (node.properties && 'id' in node.properties) return { ...node, properties: { ...node.properties, id: undefined } } as never;
		},
	},
};

export interface SectionMarkdownOptions {
	/** Keep each heading's `{#anchor}` as its id; false for a copy shown beside its adaptation. Default true. */
	headingAnchors?: boolean;
}

export function renderSectionMarkdown(markdown: string, options: SectionMarkdownOptions = {}): string {
	// Our plugins are synchronous, so the result is too.
	const result = markdownToHtml(markdown, {
		features: { ...markdownFeatures, smartPunctuation: true },
		hastPlugins: [isolatePracticeIdsPlugin, imagesAsAltText, ...(options.headingAnchors === false ? [headingsWithoutAnchors] : [])],
	}) as MarkdownToHtmlResult;
	return result.html;
}
