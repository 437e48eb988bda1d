/**
 * The Content-Security-Policy every page carries as a `<meta>` (static hosts
 * and file:// give no header): nothing but the site's own files, no inline
 * script, no third-party origin. A page that runs a tool's classic script may
 * load scripts from the site; the search page may also compile Pagefind's
 * WebAssembly (`wasm-unsafe-eval`), and no other page may. An inlined
 * stylesheet (the 404 page) is allowed by its hash, never by 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';

export interface PolicyNeeds {
	/** The page loads classic scripts from the site. */
	scripts?: boolean;
	/** The page runs Pagefind, which compiles WebAssembly. */
	webAssembly?: boolean;
	/** Inline `<style>` contents to allow by hash. */
	inlineStyles?: readonly string[];
}

export function styleHash(css: string): string {
	return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(needs: PolicyNeeds = {}): string {
	const scriptSources = needs.scripts ? ["'self'", ...(needs.webAssembly ? ["'wasm-unsafe-eval'"] : [])] : ["'none'"];
	const styleSources = needs.inlineStyles?.length ? needs.inlineStyles.map(styleHash) : ["'self'"];
	return [
		"default-src 'none'",
		`script-src ${scriptSources.join(' ')}`,
		`style-src ${styleSources.join(' ')}`,
		"img-src 'self' data:",
		`connect-src ${needs.scripts ? "'self'" : "'none'"}`,
		`worker-src ${needs.webAssembly ? "'self'" : "'none'"}`,
		"font-src 'self'",
		"base-uri 'none'",
		"form-action 'self'",
		"object-src 'none'",
	].join('; ');
}
