/**
 * Search over http(s), with Pagefind: found from any page's header, practices
 * as results that lead to their anchor, filters, keyboard, Arabic, the bytes a
 * first query costs (the fragments of the first page of results only), paging
 * with "Show more results", and the same practices as the offline search of a bundle.
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { distDir, watch } from './support/site.ts';
import { search, statementOf, wordsFrom } from './support/search.ts';
import { RESULTS_PAGE } from '../../src/search/client/search-config.ts';

test('the header search leads from a script-free page to the practice, by keyboard, in English', async ({ page, baseURL }) => {
	const seen = watch(page, (url) => url.origin === new URL(baseURL!).origin);
	await page.goto('base/en/transparent-counting-and-results.html');
	expect(await page.locator('script').count()).toBe(0);
	const query = wordsFrom(statementOf('base', 'en', 'TEC-6'));
	await page.getByRole('search').getByRole('searchbox').fill(query);
	await page.getByRole('search').getByRole('searchbox').press('Enter');
	await expect(page).toHaveURL(/\/base\/en\/search\.html\?q=/);
	const result = page.locator('.search-result').filter({ has: page.locator('.practice__id', { hasText: /^TEC-6$/ }) });
	await expect(result).toHaveCount(1);
	await expect(result.locator('.badge')).toContainText('Platinum');
	// Keyboard: the result is a link in the tab order; Enter follows it to the anchor.
	await result.getByRole('link').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/election-technology-and-infrastructure\.html#TEC-6$/);
	await expect(page.locator('article#TEC-6')).toBeInViewport();
	expect(seen.consoleErrors).toEqual([]);
	expect(seen.offSite).toEqual([]);
	expect(seen.failed).toEqual([]);
});

/** What a response weighs on the wire from a host that compresses text (as static hosts and CDNs do); Pagefind's own files are gzip already. */
function wireBytes(url: string, body: Buffer): number {
	return /\.(?:js|json|css|html)$/.test(new URL(url).pathname) ? gzipSync(body, { level: 6 }).length : body.length;
}

test('a broad first query fetches the fragments of the first page only; "Show more results" fetches the next page and takes the focus', async ({ page }) => {
	await page.goto('base/en/search.html');
	await page.waitForLoadState('networkidle');
	const requested: string[] = [];
	const fetched: Array<{ url: string; bytes: number; wire: number }> = [];
	page.on('request', (request) => {
		if (!request.url().endsWith('/favicon.svg')) requested.push(request.url()); // the browser's own, whenever it likes
	});
	page.on('response', async (response) => {
		if (response.url().endsWith('/favicon.svg')) return;
		const body = await response.body().catch(() => Buffer.alloc(0));
		fetched.push({ url: response.url(), bytes: body.length, wire: wireBytes(response.url(), body) });
	});
	const fragments = () => requested.filter((url) => url.includes('/base/en/pagefind/fragment/'));
	const results = page.locator('.search-result');
	const status = page.locator('[data-search-status]');
	const more = page.getByRole('button', { name: 'Show more results' });
	expect(requested).toEqual([]);
	await page.locator('#search-q').fill('ballot');
	await page.locator('#search-q').press('Enter');
	await expect(status).toHaveText(/^\d+ practices found; 10 shown$/);
	const total = Number(/^\d+/.exec((await status.textContent())!)![0]);
	expect(total).toBeGreaterThan(RESULTS_PAGE);
	await expect(results).toHaveCount(RESULTS_PAGE);
	await page.waitForLoadState('networkidle');
	// Only Pagefind and the stemmer, and of the fragments only the first page's.
	expect(requested.filter((url) => !url.includes('/base/en/pagefind/') && !url.endsWith('/assets/stemmer-en.js'))).toEqual([]);
	expect(fragments()).toHaveLength(RESULTS_PAGE);
	const bytes = fetched.reduce((sum, entry) => sum + entry.bytes, 0);
	const wire = fetched.reduce((sum, entry) => sum + entry.wire, 0);
	const figure = `first query "ballot" (${total} results): ${requested.length} requests, ${bytes} bytes (${Math.round(bytes / 1024)} KiB), ${wire} bytes compressed (${Math.round(wire / 1024)} KiB)`;
	test.info().annotations.push({ type: 'search bytes', description: figure });
	console.log(figure);
	expect(wire).toBeLessThanOrEqual(150_000);

	// The next page, by keyboard: its fragments only, and the focus on its first result.
	await more.focus();
	await page.keyboard.press('Enter');
	const next = Math.min(total, 2 * RESULTS_PAGE);
	await expect(results).toHaveCount(next);
	await expect(results.nth(RESULTS_PAGE).getByRole('link')).toBeFocused();
	await expect(status).toHaveText(next < total ? `${total} practices found; ${next} shown` : `${total} practices found`);
	await expect(more).toBeVisible({ visible: next < total });
	expect(fragments()).toHaveLength(next);
});

test('a query with fewer results than a page lists them all, with no "Show more results"', async ({ page }) => {
	await page.goto('base/en/search.html');
	const ids = await search(page, 'risk-limiting audit');
	expect(ids).toContain('TEC-6');
	expect(ids.length).toBeLessThanOrEqual(RESULTS_PAGE);
	await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ practices? found$/);
	await expect(page.locator('[data-search-more]')).toBeHidden();
});

test('from disk the results come a page at a time too, with the same count', async ({ page, context }) => {
	await page.goto('base/en/search.html');
	const fromDisk = await context.newPage();
	await fromDisk.goto(pathToFileURL(path.join(distDir, 'base', 'en', 'search.html')).href);
	for (const tab of [page, fromDisk]) {
		await tab.locator('#search-q').fill('ballot');
		await tab.locator('#search-q').press('Enter');
		await expect(tab.locator('.search-result')).toHaveCount(RESULTS_PAGE);
	}
	await expect(fromDisk.locator('[data-search-status]')).toHaveText((await page.locator('[data-search-status]').textContent())!);
	await fromDisk.getByRole('button', { name: 'Show more results' }).click();
	await expect(fromDisk.locator('.search-result').nth(RESULTS_PAGE).getByRole('link')).toBeFocused();
});

test('filters narrow the results to a tier and a chapter', async ({ page }) => {
	await page.goto('base/en/search.html');
	const all = await search(page, 'audit');
	expect(all.length).toBeGreaterThan(3);
	await page.locator('#search-tier').selectOption({ label: 'Gold' });
	const gold = await search(page, 'audit');
	expect(gold.length).toBeGreaterThan(0);
	expect(gold.length).toBeLessThan(all.length);
	for (const badge of await page.locator('.search-result .badge').allTextContents()) expect(badge).toContain('Gold');
	await page.locator('#search-tier').selectOption({ value: '' });
	await page.locator('#search-chapter').selectOption({ index: 3 });
	const chapter = await search(page, 'audit');
	const code = (await page.locator('#search-chapter option:checked').textContent())!.slice(0, 3);
	expect(chapter.length).toBeGreaterThan(0);
	expect(chapter.every((id) => id.startsWith(`${code}-`))).toBe(true);
});

test('Arabic: the page is right-to-left and an Arabic phrase from a statement finds its practice', async ({ page }) => {
	await page.goto('base/ar/search.html');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	const ids = await search(page, wordsFrom(statementOf('base', 'ar', 'CNT-3')));
	expect(ids).toContain('CNT-3');
	await expect(page.locator('[data-search-status]')).toContainText('عُثر على');
	// With results shown, in right-to-left: no WCAG A/AA violation.
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	expect(axe.violations.map((violation) => violation.id)).toEqual([]);
	await page
		.locator('.search-result')
		.filter({ has: page.locator('.practice__id', { hasText: /^CNT-3$/ }) })
		.getByRole('link')
		.click();
	await expect(page.locator('article#CNT-3')).toBeInViewport();
});

test('an edition finds its own text: the Canadian edition searches its adaptations', async ({ page }) => {
	await page.goto('ca/en/search.html');
	// The Canadian edition's reason for marking TEC-3 not applicable; the base template has no such words.
	expect(await search(page, 'provinces municipalities tabulators')).toEqual(['TEC-3']);
	await page.goto('base/en/search.html');
	expect(await search(page, 'provinces municipalities tabulators')).toEqual([]);
});

for (const [locale, queries] of [
	['en', ['risk-limiting audit', 'observers', 'phishing training', 'paper ballots count']],
	['ar', ['تدقيق', 'المراقبين', 'الاقتراع الورقي']],
] as const) {
	test(`the offline search finds the same practices as Pagefind (${locale})`, async ({ page, context }) => {
		await page.goto(`base/${locale}/search.html`);
		// The same page opened from disk, where only the offline search can run.
		const fromDisk = await context.newPage();
		await fromDisk.goto(pathToFileURL(path.join(distDir, 'base', locale, 'search.html')).href);
		for (const query of queries) {
			const online = await search(page, query);
			const offline = await search(fromDisk, query);
			expect(online.length, query).toBeGreaterThan(0);
			expect([...offline].sort(), query).toEqual([...online].sort());
		}
	});
}
