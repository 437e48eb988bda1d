/** The Canada edition as a reader sees it: terms, badges, not-applicable practices, additions, replaced sections, the comparison page. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { watch } from './support/site.ts';

test('a Canada chapter names Canadian institutions and badges every change, linking to the comparison', async ({ page, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const seen = watch(page, (url) => url.origin === origin);
	await page.goto('ca/en/interagency-coordination.html');
	await expect(page.locator('article#IAC-1 .practice__statement')).toContainText('include Elections Canada,');
	const badge = page.locator('article#IAC-1 .adapted-badge a');
	await expect(badge).toHaveText('Adapted in this edition');
	await badge.click();
	await expect(page).toHaveURL(/ca\/en\/adaptations\.html#practice-IAC-1$/);
	await expect(page.locator('#practice-IAC-1 .comparison__side--edition')).toContainText('SITE');
	expect(seen.consoleErrors).toEqual([]);
	expect(seen.failed).toEqual([]);
});

test('a not-applicable practice stays listed with its reason; an added practice and a rewritten section are marked', async ({ page }) => {
	await page.goto('ca/fr/election-technology-and-infrastructure.html');
	await expect(page.locator('article#TEC-3 .practice__not-applicable')).toContainText('dépouillés à la main');
	await page.goto('ca/en/voter-data-and-party-privacy.html');
	await expect(page.locator('article#CA-DAT-1 .adapted-badge a')).toHaveText('Added by this edition');
	await expect(page.locator('article#DAT-6 .practice__bonus')).toBeVisible();
	await page.goto('ca/en/critical-incident-protocol.html');
	const section = page.locator('.adapted-section[data-mode="replace"]');
	await expect(section.locator('h2#adapting')).toHaveText('How Canada applies this chapter');
	await expect(section.locator('.adapted-badge a')).toHaveAttribute('href', 'adaptations.html#section-critical-incident-protocol-adapting');
	await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'How Canada applies this chapter' })).toBeVisible();
});

test('the base edition keeps the neutral wording and has no badges', async ({ page }) => {
	await page.goto('base/en/interagency-coordination.html');
	await expect(page.locator('article#IAC-1 .practice__statement')).toContainText('include the election management body,');
	await expect(page.locator('.adapted-badge')).toHaveCount(0);
});

for (const locale of ['en', 'fr']) {
	test(`the ${locale} adaptations page lists every change beside the base text, and passes axe`, async ({ page }) => {
		await page.goto(`ca/${locale}/adaptations.html`);
		await expect(page.locator('article.comparison')).toHaveCount(9);
		// One row per term of the template: Canada names every institution.
		await expect(page.locator('#terms tbody tr, #terms ~ .table-wrap tbody tr')).toHaveCount(9);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
		await page.screenshot({ path: `test-results/screenshots/ca-adaptations-${locale}.png`, fullPage: true });
	});
}

test('the root page offers the Canada edition in its two languages', async ({ page }) => {
	await page.goto('index.html');
	const canada = page.getByRole('region', { name: 'Canada' });
	await expect(canada.getByRole('link')).toHaveCount(2);
	await canada.getByRole('link', { name: /Français/ }).click();
	await expect(page).toHaveURL(/\/ca\/fr\/index\.html$/);
	await expect(page.locator('.site-title__edition')).toHaveText('Canada');
});
