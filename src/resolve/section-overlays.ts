/**
 * Applies an edition's section changes and term values to a chapter body
 * rendered by Astro. The body is our own MDX, rendered with stable heading
 * anchors (`<h2 id="why">`), so a section is found by its anchor: from its
 * heading to the next heading of the same level.
 */
import { markdownToHtml, type HastPluginDefinition, type MarkdownToHtmlResult } from 'satteri';
import { isolatePracticeIdsPlugin } from '../markdown/isolate-practice-ids.ts';
import { markdownFeatures } from '../markdown/mdx-body.ts';
import type { SectionOverlay } from './edition-view.ts';

import { escapeMarkup as escapeHtml } from '../utils/escape-markup.ts';

/** The marker the `Term` MDX component renders; replaced here by the edition's value. */
export const termMarker = (id: string) => `<span data-term="${id}"></span>`;

export function resolveTermMarkers(html: string, values: ReadonlyMap<string, string>): string {
	return html.replace(/<span data-term="([a-z][a-z0-9-]*)"><\/span>/g, (marker, id: string) => (values.has(id) ? escapeHtml(values.get(id)!) : marker));
}

/**
 * Images in text rendered here (a base chapter's section, shown beside its
 * adaptation) would keep their address as written, which no page can reach:
 * only the chapter pages get their images through `src/build/media.ts`. Here
 * an image is its alt text. Edition section bodies show no images at all
 * (`src/markdown/section-urls.ts`).
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

/** An edition's section text (Markdown, no HTML: checked when the content loads) as HTML. */
export function renderSectionMarkdown(markdown: string): string {
	// Our plugins are synchronous, so the result is too.
	const result = markdownToHtml(markdown, {
		features: { ...markdownFeatures, smartPunctuation: true },
		hastPlugins: [isolatePracticeIdsPlugin, imagesAsAltText],
	}) as MarkdownToHtmlResult;
	return result.html;
}

function sectionBounds(html: string, anchor: string): [number, number] | undefined {
	const start = html.indexOf(`<h2 id="${anchor}"`);
	if (start === -1) return undefined;
	const next = html.indexOf('<h2 ', start + 1);
	return [start, next === -1 ? html.length : next];
}

/**
 * @param wrap turns an overlay and its rendered HTML (heading included) into
 *   the markup that marks it as the edition's (a badge linking to the comparison).
 */
export function applySectionOverlays(html: string, overlays: readonly SectionOverlay[], wrap: (overlay: SectionOverlay, inner: string) => string): string {
	let result = html;
	for (const overlay of overlays) {
		const inner = `<h2 id="${overlay.id}">${escapeHtml(overlay.title)}</h2>${renderSectionMarkdown(overlay.markdown)}`;
		const block = wrap(overlay, inner);
		if (overlay.mode === 'append') {
			result += block;
			continue;
		}
		const bounds = sectionBounds(result, overlay.anchor!);
		if (!bounds) throw new Error(`The section {#${overlay.anchor}} is not in the rendered body.`);
		result = overlay.mode === 'replace' ? result.slice(0, bounds[0]) + block + result.slice(bounds[1]) : result.slice(0, bounds[1]) + block + result.slice(bounds[1]);
	}
	return result;
}
