/**
 * A Sätteri mdast plugin: an image a chapter or page shows never becomes a
 * module import. Astro turns every relative Markdown image into an `import`
 * of that file, so a build would run whatever a contributor named
 * (`![Diagram](./diagram.js)`) and copy files from anywhere. Here every image
 * without a scheme gets the address `cet-media:<project-relative path>`
 * instead: Astro sees a remote address it is not allowed to fetch and leaves
 * the `<img>` as it is. After the build, `src/build/media.ts` checks and
 * copies each named file into `assets/media/` and writes the relative URL.
 * The gate (`cet:safe-urls`) has already refused any path outside the
 * allowed folders; one that got here anyway becomes `cet-media:refused`,
 * which the build step refuses.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { MEDIA_PLACEHOLDER, resolveImage, urlScheme } from './media-paths.ts';

/** The placeholder for an image of `file` (project-relative), as the build step reads it. */
export function mediaPlaceholder(file: string | undefined, url: string): string {
	const found = file === undefined ? undefined : resolveImage(file, url);
	return `${MEDIA_PLACEHOLDER}${found?.ok ? encodeURI(found.resolved) : 'refused'}`;
}

/** The plugin, for the project at `root` (absolute). */
export function mediaImagesPlugin(root: string): MdastPluginEntry {
	return (context) => {
		const file = context.fileURL ? path.relative(root, fileURLToPath(context.fileURL)).split(path.sep).join('/') : undefined;
		return {
			name: 'cet-media-images',
			image(node, ctx) {
				if (urlScheme(node.url) !== undefined && !node.url.startsWith(MEDIA_PLACEHOLDER)) return;
				ctx.setProperty(node, 'url', mediaPlaceholder(file, node.url));
			},
		};
	};
}
