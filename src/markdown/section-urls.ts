/**
 * Edition section bodies (`adaptations.yaml`) are Markdown rendered into the
 * chapter page and the offline bundles, so their addresses follow the same
 * rule as every other content (cet:safe-urls): https:, mailto: or a page of
 * the site. They are parsed as the site renders them (Sätteri, the features
 * of `src/resolve/section-overlays.ts`). A section body may not show images:
 * its images would not go through the media step of the build.
 */
import { markdownToMdast } from 'satteri';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import safeUrls from './gate/safe-urls.ts';
import { markdownFeatures } from './mdx-body.ts';
import { toDiagnostic } from './report.ts';

const checker = unified().use(safeUrls, ['error']).freeze();

/** Codes about images: a section body shows none, which `images` reports once instead. */
const IMAGE_CODES = new Set(['RemoteImage', 'ImageOutsideMedia', 'ImageType', 'ImageReference']);

export interface SectionBodyFindings {
	/** Unsafe addresses, as diagnostics placed within the body (line 1 is its first line). */
	urls: Diagnostic[];
	/** The address of every image the body shows. */
	images: string[];
}

export function sectionBodyFindings(file: string, body: string): SectionBodyFindings {
	const tree = markdownToMdast(body, { features: { ...markdownFeatures, smartPunctuation: true } }) as Root;
	const vfile = new VFile({ path: file, value: body });
	checker.runSync(tree, vfile);
	const images: string[] = [];
	const walk = (node: { type: string; url?: string; identifier?: string; children?: unknown[] }) => {
		if (node.type === 'image') images.push(String(node.url));
		if (node.type === 'imageReference') images.push(`[${String(node.identifier)}]`);
		for (const child of node.children ?? []) walk(child as typeof node);
	};
	walk(tree as never);
	return { urls: vfile.messages.map((message) => toDiagnostic(file, message)).filter((item) => !IMAGE_CODES.has(item.code)), images };
}
