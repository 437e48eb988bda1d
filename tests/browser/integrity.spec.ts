/**
 * Every built page: loads clean, requests nothing off the site, breaks none of
 * its Content-Security-Policy, and ships no JavaScript, except the tools'
 * pages (search, self-assessment, observer), which carry exactly their own
 * data and their own classic script.
 */
import { expect, test } from '@playwright/test';
import { allPagePaths, manifest, watch } from './support/site.ts';

const kindOf = new Map(manifest().editions.flatMap((edition) => edition.locales.flatMap((locale) => locale.pages.map((page) => [page.path, page.kind] as const))));
/** The scripts a page may carry, as `type|src|id` of each <script>. */
const allowedScripts: Record<string, string[]> = {
	assessment: ['application/json||assessment-data', '|../../assets/assessment.js|'],
	observer: ['application/json||observer-data', '|../../assets/observer.js|'],
	search: ['application/json||search-config', '|../../assets/search.js|'],
};

for (const path of allPagePaths()) {
	const scripts = allowedScripts[kindOf.get(path) ?? ''] ?? [];
	test(`${path} loads with no console error, no failed or off-site request, no CSP violation, ${scripts.length ? 'only its own scripts' : 'no script'} and no translation notice`, async ({
		page,
		baseURL,
	}) => {
		const origin = new URL(baseURL!).origin;
		const seen = watch(page, (url) => url.origin === origin);
		await page.addInitScript(() => {
			const violations: string[] = [];
			Object.assign(window, { cspViolations: violations });
			document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective}: ${event.blockedURI}`));
		});
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		expect(seen.consoleErrors).toEqual([]);
		expect(seen.offSite).toEqual([]);
		expect(seen.failed).toEqual([]);
		// The page's own Content-Security-Policy: nothing but the site, and no violation of it.
		const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
		expect(policy).toMatch(/^default-src 'none'; script-src /);
		expect(policy!.includes("'wasm-unsafe-eval'")).toBe(path.endsWith('/search.html'));
		expect(policy!.includes("script-src 'none'")).toBe(scripts.length === 0);
		expect(policy).not.toMatch(/unsafe-inline|https?:|\*/);
		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
		// JavaScript only where a tool needs it, as classic scripts from the site itself; data as JSON, never inline code.
		const found = await page
			.locator('script')
			.evaluateAll((elements) => elements.map((element) => `${element.getAttribute('type') ?? ''}|${element.getAttribute('src') ?? ''}|${element.id}`));
		expect(found).toEqual(scripts);
		// The shipped template is fully translated and current: no fallback or outdated notice anywhere.
		expect(await page.locator('.notice').count()).toBe(0);
		// The stylesheet applied: the header has its brand colour.
		expect(await page.locator('.site-header').evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(11, 58, 91)');
		// Every in-page anchor link has a target.
		const missing = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
				.map((link) => decodeURIComponent(link.getAttribute('href')!.slice(1)))
				.filter((id) => id && !document.getElementById(id)),
		);
		expect(missing).toEqual([]);
	});
}
