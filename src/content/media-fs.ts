/**
 * The disk half of the one path rule (`src/markdown/media-paths.ts`): every
 * file content reaches is really inside the repository. A content file or an
 * image must not be a symbolic link nor lie in a linked folder (its real path
 * is its path), and an image's bytes must be the type its extension names;
 * an SVG must hold no script, handler or reference to another file. Used by
 * the readers (`npm run check`, the build) and by the build step that copies
 * images (`src/build/media.ts`), which checks again what it copies.
 */
import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ImageUse } from '../markdown/mdx-gate.ts';
import { expectedType, resolveImage, sniffImage, svgProblem, urlScheme } from '../markdown/media-paths.ts';

/** Whether `absolute` is a symbolic link or lies in a linked folder below `root`. */
export function isLinked(root: string, absolute: string): boolean {
	try {
		if (lstatSync(absolute).isSymbolicLink()) return true;
		return realpathSync(absolute) !== path.join(realpathSync(root), path.relative(root, absolute));
	} catch {
		return false;
	}
}

/** Refuse a content file that is a symbolic link; true when it was refused. */
export function refuseLinked(root: string, absolute: string, diagnostics: Diagnostic[]): boolean {
	if (!isLinked(root, absolute)) return false;
	const refused = diagnostic('SymlinkedContent', path.relative(root, absolute).split(path.sep).join('/'), undefined);
	// Some files are read more than once (a glossary per check); report each once.
	if (!diagnostics.some((item) => item.code === refused.code && item.file === refused.file)) diagnostics.push(refused);
	return true;
}

export type MediaFile = { ok: true; absolute: string; resolved: string; extension: string; bytes: Uint8Array } | { ok: false; diagnostic: Diagnostic };

/** One image of a content file, checked on disk: it exists, it is no link, its bytes match its type. */
export function readMedia(root: string, file: string, image: ImageUse): MediaFile {
	const place = { line: image.line, column: image.column };
	const found = resolveImage(file, image.url);
	// The gate has reported a path it refuses; nothing to read.
	if (!found.ok) return { ok: false, diagnostic: diagnostic('ImageOutsideMedia', file, place, image.url, 'resolved' in found ? found.resolved : image.url) };
	const absolute = path.join(root, ...found.resolved.split('/'));
	if (!existsSync(absolute) && !isLinked(root, absolute)) return { ok: false, diagnostic: diagnostic('MediaMissing', file, place, image.url, found.resolved) };
	if (isLinked(root, absolute) || !lstatSync(absolute).isFile()) return { ok: false, diagnostic: diagnostic('MediaSymlink', file, place, image.url, found.resolved) };
	const bytes = readFileSync(absolute);
	const expected = expectedType(found.extension);
	if (sniffImage(bytes) !== expected) return { ok: false, diagnostic: diagnostic('MediaContent', file, place, image.url, expected.toUpperCase()) };
	if (expected === 'svg') {
		const problem = svgProblem(bytes.toString('utf8'));
		if (problem) return { ok: false, diagnostic: diagnostic('SvgUnsafe', file, place, image.url, problem) };
	}
	return { ok: true, absolute, resolved: found.resolved, extension: found.extension, bytes };
}

/** Check every image a content file shows; the gate's refusals are not reported twice. */
export function checkMedia(root: string, file: string, images: readonly ImageUse[], refused: readonly Diagnostic[]): Diagnostic[] {
	const reported = new Set(refused.map((item) => `${item.line}:${item.column}`));
	return images
		.filter((image) => urlScheme(image.url) === undefined && resolveImage(file, image.url).ok && !reported.has(`${image.line}:${image.column}`))
		.flatMap((image) => {
			const media = readMedia(root, file, image);
			return media.ok ? [] : [media.diagnostic];
		});
}
