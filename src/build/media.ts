/**
 * Post-build step: publish the images the pages show. The Markdown pipeline
 * gives every content image the address `cet-media:<project-relative path>`
 * (`src/markdown/media-images.ts`), so Astro never imports one. Here each
 * such file is checked again on disk (inside the allowed folders, no symbolic
 * link, bytes that match the extension, a clean SVG: `src/content/media-fs.ts`),
 * copied to `assets/media/<sha256>.<ext>`, and every placeholder is replaced
 * by the relative URL of the copy from its page. So images work from any
 * path, from file://, in the offline bundles (which take all of `assets/`)
 * and in the PDFs (printed from these pages afterwards). Runs before every
 * other step that reads the pages.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readMedia } from '../content/media-fs.ts';
import { KitError } from '../diagnostics/diagnostic.ts';
import { MEDIA_PLACEHOLDER, decodePath } from '../markdown/media-paths.ts';
import { htmlFiles } from './link-guard.ts';

/** The folder of the copies, relative to the output. */
export const MEDIA_OUT_DIR = 'assets/media';

const PLACEHOLDER = new RegExp(`(\\s(?:src|href|srcset)=")${MEDIA_PLACEHOLDER}([^"]*)"`, 'g');

/** Copy every image the pages show; @returns the copies written, as output-relative paths. */
export function publishMedia(root: string, outDir: string): string[] {
	const copies = new Map<string, string>();
	const copy = (page: string, encoded: string): string => {
		const resolved = decodePath(encoded.replace(/&amp;/g, '&'));
		const known = copies.get(resolved);
		if (known) return known;
		// Checked as if the image stood beside itself: the same rule as the readers, on the real file.
		const media =
			resolved === 'refused' || !resolved.startsWith('content/') || resolved.split('/').includes('..')
				? undefined
				: readMedia(root, resolved, { url: path.posix.basename(resolved), line: 1, column: 1 });
		if (!media?.ok) throw new KitError('MediaRefused', page, media ? `${media.diagnostic.message} (${resolved})` : 'its path was refused by the content checks.');
		const name = `${MEDIA_OUT_DIR}/${createHash('sha256').update(media.bytes).digest('hex').slice(0, 16)}.${media.extension}`;
		mkdirSync(path.join(outDir, MEDIA_OUT_DIR), { recursive: true });
		writeFileSync(path.join(outDir, name), media.bytes);
		copies.set(resolved, name);
		return name;
	};
	for (const file of htmlFiles(outDir)) {
		const html = readFileSync(file, 'utf8');
		if (!html.includes(MEDIA_PLACEHOLDER)) continue;
		const page = path.relative(outDir, file).split(path.sep).join('/');
		const rewritten = html.replace(PLACEHOLDER, (_match, attribute: string, encoded: string) => {
			const target = copy(page, encoded);
			return `${attribute}${encodeURI(path.posix.relative(path.posix.dirname(page), target))}"`;
		});
		writeFileSync(file, rewritten);
	}
	return [...copies.values()].sort();
}
