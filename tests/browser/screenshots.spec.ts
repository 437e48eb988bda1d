/**
 * Screenshots at phone and desktop width, and the print rendering, for a
 * person to look at (test-results/screenshots/). What can be asserted is:
 * nothing overflows sideways on a phone, and print hides navigation.
 */
import { expect, test } from '@playwright/test';

const shots = [
	['home', 'base/en/index.html'],
	['chapter', 'base/en/critical-incident-protocol.html'],
	['practices', 'base/en/practices.html'],
	['certification', 'base/en/certification.html'],
	['downloads', 'base/en/downloads.html'],
	['search-en', 'base/en/search.html?q=audit'],
	['search-ar', 'base/ar/search.html?q=%D8%AA%D8%AF%D9%82%D9%8A%D9%82'],
	['assessment', 'base/en/assessment.html'],
	['assessment-ar', 'base/ar/assessment.html'],
	['observer', 'base/en/observer.html'],
] as const;
const widths = [
	['phone', { width: 390, height: 844 }],
	['desktop', { width: 1366, height: 900 }],
] as const;

for (const [name, path] of shots) {
	for (const [device, viewport] of widths) {
		test(`${name} at ${device} width`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await page.goto(path);
			if (path.includes('search.html?q=')) await expect(page.locator('.search-result').first()).toBeVisible();
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			// The self-assessment is one very tall form: its first screen says enough, and a full-page capture takes minutes.
			await page.screenshot({ path: `test-results/screenshots/${name}-${device}.png`, fullPage: device === 'desktop' && !name.startsWith('assessment') });
		});
	}
}

test('a chapter prints without navigation, with every practice', async ({ page }) => {
	await page.goto('base/en/critical-incident-protocol.html');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-nav')).toBeHidden();
	await expect(page.locator('.toc')).toBeHidden();
	await expect(page.locator('article.practice')).toHaveCount(7);
	await page.pdf({ path: 'test-results/screenshots/chapter-print.pdf', format: 'A4', printBackground: true });
});
