/**
 * The one rule for the paths content can name. A link goes to https:, to
 * mailto:, or to a page of the site by a relative path. An image is a file of
 * the repository, named by a path relative to the file that shows it, that
 * resolves beside that file or under `content/media/`, with an allowed
 * extension; its bytes must match that extension (checked by `*-fs` readers
 * with `sniffImage`, and SVGs with `svgProblem`). Pure: the disk checks live
 * in `src/content/media-fs.ts`.
 */
import path from 'node:path';

/** The folder every chapter and page may take images from, project-relative. */
export const MEDIA_DIR = 'content/media';

/** The image types content may show, by extension. */
export const IMAGE_EXTENSIONS: readonly string[] = ['png', 'jpg', 'jpeg', 'webp', 'avif', 'svg'];

/** The schemes a link may use; a relative link has none. */
export const LINK_SCHEMES: readonly string[] = ['https', 'mailto'];

/**
 * The placeholder an image's `src` carries from the Markdown pipeline to the
 * build step that copies it (`src/build/media.ts`): `cet-media:` and the
 * project-relative path. Astro treats an address with a scheme as remote and
 * never imports it; the build step replaces every placeholder with a relative
 * URL to the copied file.
 */
export const MEDIA_PLACEHOLDER = 'cet-media:';

/** The scheme of a URL as a browser reads it, lowercased, or undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
	const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Percent-decoded, as a file system would see it; the text itself if it is not valid percent-encoding. */
export function decodePath(url: string): string {
	try {
		return decodeURIComponent(url);
	} catch {
		return url;
	}
}

/** Why a relative address is not a plain relative path, or undefined. */
export function pathProblem(url: string): string | undefined {
	const trimmed = url.trim();
	if (/^[/\\]{2}/.test(trimmed)) return 'names another site without a scheme (//…)';
	if (/^[/\\]/.test(trimmed)) return 'is an absolute path';
	if (/\\/.test(decodePath(trimmed))) return 'contains a backslash';
	if (/[\u0000-\u001f]/.test(decodePath(trimmed))) return 'contains a control character';
	return undefined;
}

export type ImagePath =
	| { ok: true; resolved: string; extension: string }
	| { ok: false; code: 'UnsafePath'; why: string }
	| { ok: false; code: 'ImageOutsideMedia'; resolved: string }
	| { ok: false; code: 'ImageType' };

/** Whether `resolved` lies inside the project-relative folder `dir` ('.' for the project root). */
function inside(resolved: string, dir: string): boolean {
	if (resolved === '..' || resolved.startsWith('../') || path.posix.isAbsolute(resolved)) return false;
	return dir === '.' || resolved.startsWith(`${dir}/`);
}

/**
 * The project-relative file an image of `file` (itself project-relative)
 * names, if it is allowed: beside the file or under content/media/, no `..`
 * that leaves those folders, an allowed extension. Only relative URLs come
 * here; schemes are refused before.
 */
export function resolveImage(file: string, url: string): ImagePath {
	const problem = pathProblem(url);
	if (problem) return { ok: false, code: 'UnsafePath', why: problem };
	const decoded = decodePath(url.trim()).replace(/[?#].*$/, '');
	const dir = path.posix.dirname(file.split(path.sep).join('/'));
	const resolved = path.posix.normalize(path.posix.join(dir, decoded));
	if (!inside(resolved, dir) && !inside(resolved, MEDIA_DIR)) return { ok: false, code: 'ImageOutsideMedia', resolved };
	const extension = path.posix.extname(resolved).slice(1).toLowerCase();
	if (!IMAGE_EXTENSIONS.includes(extension)) return { ok: false, code: 'ImageType' };
	return { ok: true, resolved, extension };
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The image type the bytes say, by their magic number: png, jpeg, webp, avif, svg, or undefined. */
export function sniffImage(bytes: Uint8Array): 'png' | 'jpeg' | 'webp' | 'avif' | 'svg' | undefined {
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
	if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
	if (ascii(bytes, 4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(bytes, 8, 12))) return 'avif';
	const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
	// An SVG is text: an optional XML declaration, comments or doctype, then the <svg> root.
	if (/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*>\s*)*<svg[\s>]/i.test(head)) return 'svg';
	return undefined;
}

/** The type an extension promises, as `sniffImage` names it. */
export const expectedType = (extension: string) => (extension === 'jpg' ? 'jpeg' : extension);

/**
 * What makes an SVG unsafe to publish, or undefined. Browsers run scripts and
 * handlers of an SVG opened on its own (a reader may follow the image's
 * address); under `<img>` they run nothing, but the file is published too.
 * Refused: script, foreignObject, event handlers, javascript: and data:
 * addresses, and any reference to another file (href, xlink:href, url(),
 * @import) except to a fragment of the same file (`#id`).
 */
export function svgProblem(text: string): string | undefined {
	if (/<script[\s>/]/i.test(text)) return 'a <script> element';
	if (/<foreignObject[\s>/]/i.test(text)) return 'a <foreignObject> element';
	if (/<!ENTITY/i.test(text)) return 'an entity declaration';
	if (/\son[a-z-]+\s*=/i.test(text)) return 'an event handler attribute';
	if (/<(iframe|embed|object|audio|video|image|use|a)\b[^>]*\s(xlink:)?href\s*=\s*["']\s*(?!#)/i.test(text)) return 'a reference to another file';
	if (/\s(xlink:)?href\s*=\s*["']\s*(?!#)/i.test(text)) return 'a reference to another file';
	if (/url\(\s*["']?\s*(?!#)/i.test(text)) return 'a url() reference to another file';
	if (/@import/i.test(text)) return 'an @import';
	if (/javascript:|data:/i.test(text)) return 'a javascript: or data: address';
	return undefined;
}
