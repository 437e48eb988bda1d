/**
 * Post-build step: refuse any root-absolute URL in the built pages, which would
 * break the site under a sub-path and from file://.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.html'))
		.map((name) => path.join(dir, name))
		.sort();
}

/** Attribute values that start with `/` (but not `//`, which is caught by the off-site test). */
const ROOT_ABSOLUTE = /\s(?:href|src|srcset|action|poster|content)="(\/(?!\/)[^"]*)"/g;

export function rootAbsoluteUrls(html: string): string[] {
	return [...html.matchAll(ROOT_ABSOLUTE)].map((match) => match[1]!);
}

/** Every root-absolute URL in the output, as `page: url`. @returns the number of pages checked */
export function checkRelativeLinks(outDir: string): { pages: number; offenders: string[] } {
	const pages = htmlFiles(outDir);
	const offenders = pages.flatMap((file) => rootAbsoluteUrls(readFileSync(file, 'utf8')).map((url) => `${path.relative(outDir, file)}: ${url}`));
	return { pages: pages.length, offenders };
}
