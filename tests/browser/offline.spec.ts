/** `dist/` opened straight from disk, as a reader with a USB stick would. */
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir, watch } from './support/site.ts';

test('the site works from file:// with styles, links and anchors, and requests nothing else', async ({ page }) => {
	const seen = watch(page, (url) => url.protocol === 'file:');
	await page.goto(pathToFileURL(path.join(distDir, 'index.html')).href);
	await page
		.getByRole('region', { name: 'Base template' })
		.getByRole('link', { name: /English/ })
		.click();
	await expect(page).toHaveURL(/\/base\/en\/index\.html$/);
	expect(await page.locator('.site-header').evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(11, 58, 91)');

	await page.getByRole('link', { name: /Transparent counting and results/ }).click();
	await expect(page).toHaveURL(/transparent-counting-and-results\.html$/);
	await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: /CNT-3/ }).click();
	await expect(page.locator('article#CNT-3')).toBeInViewport();

	await page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Glossary' }).click();
	await expect(page).toHaveURL(/\/base\/en\/glossary\.html$/);
	await page.getByRole('link', { name: 'Clean Elections Template' }).first().click();
	await expect(page).toHaveURL(/\/base\/en\/index\.html$/);

	expect(seen.consoleErrors).toEqual([]);
	expect(seen.offSite).toEqual([]);
	expect(seen.failed).toEqual([]);
});
