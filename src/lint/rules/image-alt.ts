/**
 * cet:image-alt — every image says what it shows, for readers who cannot see
 * it: inline (`![alt](file)`) or by reference (`![alt][label]`). Alt text of
 * only spaces says nothing.
 *
 * Examples (run as tests by tests/unit/lint/rule-examples.test.ts, which
 * describes the form):
 *
 * @example ok.mdx Images with alt text, inline and by reference
 * ```mdx
 * ![A sealed ballot box with a numbered tie](ballot-box.png)
 *
 * ![The seal log, signed by two officials][seal-log]
 *
 * [seal-log]: seal-log.png
 * ```
 *
 * @example not-ok.mdx No alt text, only spaces, and none by reference
 * ```mdx
 * Seal the box before the first voter arrives.
 *
 * ![](ballot-box.png)
 *
 * ![ ](tamper-evident-seal.png)
 *
 * ![][seal-log]
 *
 * [seal-log]: seal-log.png
 * ```
 * ```text
 * 3:1 ImageAltMissing: The image ballot-box.png has no alt text, so a screen reader cannot say what it shows.
 * 5:1 ImageAltMissing: The image tamper-evident-seal.png has no alt text, so a screen reader cannot say what it shows.
 * 7:1 ImageAltMissing: The image [seal-log] has no alt text, so a screen reader cannot say what it shows.
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
