/** Helpers shared by the browser tests: the built manifest and a guard on requests and console errors. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Manifest } from '../../../src/build/manifest.ts';

export const distDir = path.resolve(import.meta.dirname, '../../../dist');

export function manifest(): Manifest {
	return JSON.parse(readFileSync(path.join(distDir, 'manifest.json'), 'utf8')) as Manifest;
}

/** Every page of the base edition in English, by kind (first of each kind). */
export function pagesByKind(): Map<string, string> {
	const pages = manifest().editions[0]!.locales[0]!.pages;
	const byKind = new Map<string, string>();
	for (const page of pages) if (!byKind.has(page.kind)) byKind.set(page.kind, page.path);
	return byKind;
}

export function allPagePaths(): string[] {
	return ['index.html', ...manifest().editions.flatMap((edition) => edition.locales.flatMap((locale) => locale.pages.map((page) => page.path)))];
}

/**
 * Records console errors, failed requests and any request that is not to
 * `allowedOrigin` (or, from disk, not a file: URL). Call `problems()` at the end.
 */
export function watch(page: Page, allowed: (url: URL) => boolean) {
	const consoleErrors: string[] = [];
	const offSite: string[] = [];
	const failed: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(error.message));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'about:') return;
		if (!allowed(url)) offSite.push(request.url());
	});
	page.on('requestfailed', (request) => {
		// Cancelled because the page navigated on (a favicon still loading when the next page opens): not a missing file.
		if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
		failed.push(`${request.url()} (${request.failure()?.errorText})`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.url()} (${response.status()})`);
	});
	return { consoleErrors, offSite, failed };
}
