/** Every built page: loads clean, requests nothing off the site, and ships no JavaScript. */
import { expect, test } from '@playwright/test';
import { allPagePaths, watch } from './support/site.ts';

for (const path of allPagePaths()) {
	test(`${path} loads with no console error, no failed or off-site request, no script and no translation notice`, async ({ page, baseURL }) => {
		const origin = new URL(baseURL!).origin;
		const seen = watch(page, (url) => url.origin === origin);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		expect(seen.consoleErrors).toEqual([]);
		expect(seen.offSite).toEqual([]);
		expect(seen.failed).toEqual([]);
		expect(await page.locator('script').count()).toBe(0);
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
