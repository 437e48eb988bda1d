/**
 * The SHA-256 of every file a page can depend on: the content, the UI
 * strings, the kit's own code and the Astro config. Read once, before Astro
 * renders anything, so that each page's cache key (src/site/page-cache-keys.ts)
 * is computed from the files without the pages reading the disk.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** What a page is rendered from. Dependencies are covered by Astro itself (it keys its cache on the lockfile). */
export const PAGE_INPUTS = ['content', 'locales', 'src', 'astro.config.mjs'] as const;

/** Project-relative path (with `/`) → SHA-256 (hex), in path order. */
export type InputHashes = Record<string, string>;

export function inputHashes(root: string): InputHashes {
	const files = PAGE_INPUTS.flatMap((entry) => {
		const absolute = path.join(root, entry);
		if (!existsSync(absolute)) return [];
		if (statSync(absolute).isFile()) return [entry];
		return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
			.map((name) => path.posix.join(entry, name.split(path.sep).join('/')))
			.filter((file) => statSync(path.join(root, file)).isFile());
	}).sort();
	return Object.fromEntries(
		files.map((file) => [
			file,
			createHash('sha256')
				.update(readFileSync(path.join(root, file)))
				.digest('hex'),
		]),
	);
}
