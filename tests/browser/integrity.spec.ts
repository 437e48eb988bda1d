/** Every built page: loads clean, requests nothing off the site, and ships no JavaScript unless it is a tool's page. */
import { expect, test } from '@playwright/test';
import { allPagePaths, watch } from './support/site.ts';

for (const path of allPagePaths()) {
	test(`${path} loads with no console error, no failed or off-site request, no CSP violation, no script but a tool's, and no translation notice`, async ({ page, baseURL }) => {
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
		expect(policy).not.toMatch(/unsafe-inline|https?:|\*/);
		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
		// JavaScript only where a tool needs it, as classic scripts from the site itself; data as JSON, never inline code.
		const scripts = await page.locator('script[src]').evaluateAll((elements) => elements.map((element) => element.getAttribute('src')!.replace(/^(\.\.\/)+/, '')));
		expect(scripts).toEqual(path.endsWith('/search.html') ? ['assets/search.js'] : []);
		expect(await page.locator('script:not([src]):not([type="application/json"])').count()).toBe(0);
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
