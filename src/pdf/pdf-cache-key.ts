/**
 * The key of a cached PDF: the SHA-256 of everything that decides its bytes.
 * That is the print document's HTML, every file it loads
 * (src/pdf/document-resources.ts: stylesheets, fonts, images), the Chromium
 * that prints it, the print settings (running header, footer, direction,
 * paper and margins) and the version of the printing steps. The same key
 * prints the same bytes (the PDFs are reproducible), so a build may reuse a
 * PDF printed under the same key by an earlier one (src/build/pdf-cache.ts).
 */
import { createHash } from 'node:crypto';
import type { DocumentResource } from './document-resources.ts';

/**
 * Bump when the printing code changes what it prints with the same inputs:
 * src/build/pdfs.ts (passes, margin boxes, link rewriting, the fixed IDs and
 * dates), src/pdf/pdf-destinations.ts, Chromium's launch flags. Every cached
 * PDF is printed again on the next build.
 */
export const PRINT_STEPS_VERSION = 1;

export interface PdfCacheKeyInput {
	/** The print document, as the build wrote it. */
	html: Uint8Array;
	/** What it loads, from documentResources(). */
	resources: readonly DocumentResource[];
	/** Chromium's own version string. @example 131.0.6778.204 */
	chromium: string;
	/** The print settings, as plain data (header, footer, dir, paper, margins, flags). */
	print: unknown;
	/** PRINT_STEPS_VERSION, unless a test says otherwise. */
	version?: number;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** JSON with object keys sorted, so that the order of a settings object's fields does not change the key. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object')
		return `{${Object.keys(value)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
			.join(',')}}`;
	return JSON.stringify(value) ?? 'null';
}

/** 64 hex digits. */
export function pdfCacheKey(input: PdfCacheKeyInput): string {
	const lines = [
		`print-steps ${input.version ?? PRINT_STEPS_VERSION}`,
		`chromium ${input.chromium}`,
		`print ${canonical(input.print)}`,
		`document ${sha256(input.html)}`,
		...input.resources.map((resource) => `resource ${JSON.stringify(resource.path)} ${resource.bytes ? sha256(resource.bytes) : 'none'}`),
	];
	return sha256(lines.join('\n'));
}
