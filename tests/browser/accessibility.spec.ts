/** axe-core on one page of each type: no WCAG 2.x A or AA violation. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pagesByKind } from './support/site.ts';

const pages = new Map([['root', 'index.html'], ...pagesByKind(), ['404', '404.html']]);

for (const [kind, path] of pages) {
	test(`the ${kind} page (${path}) has no WCAG A/AA violation`, async ({ page }) => {
		// The self-assessment form has every practice's answer block; axe needs longer over it.
		if (kind === 'assessment') test.setTimeout(180_000);
		await page.goto(path);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
		expect(summary).toEqual([]);
	});
}

test('keyboard: the skip link is the first stop, is visible on focus, and moves focus to the main content', async ({ page }) => {
	await page.goto('base/en/critical-incident-protocol.html');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('keyboard: focused links show a visible outline', async ({ page }) => {
	await page.goto('base/en/index.html');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
	expect(outline).toBe('solid');
});
