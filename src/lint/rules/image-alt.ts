/**
 * cet:image-alt — every image says what it shows, for readers who cannot see it.
 *
 * ```mdx
 * ![A sealed ballot box with a numbered tie](ballot-box.png)   ✓
 * ![](ballot-box.png)                                           ✗ ImageAltMissing
 * ```
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { report } from '../../markdown/report.ts';

const imageAlt = lintRule<Root>('cet:image-alt', (tree, file) => {
	visit(tree as Node, (node) => {
		if (node.type !== 'image' && node.type !== 'imageReference') return;
		const image = node as { alt?: string | null; url?: string; label?: string | null };
		if (!image.alt?.trim()) report(file, node.position, 'ImageAltMissing', image.url ?? `[${image.label ?? ''}]`);
	});
});

export default imageAlt;
