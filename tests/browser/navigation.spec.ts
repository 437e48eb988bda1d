import { expect, test } from '@playwright/test';
import { manifest, watch } from './support/site.ts';

test('a reader goes from the home page to a chapter and to a practice anchor', async ({ page, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const seen = watch(page, (url) => url.origin === origin);
	await page.goto('index.html');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose an edition and a language');
	await page
		.getByRole('region', { name: 'Base template' })
		.getByRole('link', { name: /English/ })
		.click();
	await expect(page).toHaveURL(/\/base\/en\/index\.html$/);

	await page.getByRole('link', { name: /Critical incident public protocol/ }).click();
	await expect(page).toHaveURL(/\/base\/en\/critical-incident-protocol\.html$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Critical incident public protocol');

	await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: /INC-3/ }).click();
	await expect(page).toHaveURL(/critical-incident-protocol\.html#INC-3$/);
	const practice = page.locator('article#INC-3');
	await expect(practice).toBeInViewport();
	await expect(practice.getByText('v1.0:INC-3')).toBeVisible();
	await expect(practice.locator('.badge')).toHaveText(/Gold/);

	expect(seen.consoleErrors).toEqual([]);
	expect(seen.offSite).toEqual([]);
	expect(seen.failed).toEqual([]);
});

test('the practices page links every practice to its anchor on its chapter page', async ({ page }) => {
	await page.goto('base/en/practices.html');
	const ids = manifest()
		.editions[0]!.locales[0]!.pages.filter((entry) => entry.kind === 'chapter')
		.flatMap((entry) => entry.practiceIds);
	for (const id of ids) {
		await expect(page.locator(`li#${id} a`)).toHaveAttribute('href', new RegExp(`^[a-z-]+\\.html#${id}$`));
	}
	await page.locator('li#TEC-6 a').click();
	await expect(page.locator('article#TEC-6')).toBeInViewport();
});

test('previous and next links walk the chapters in order', async ({ page }) => {
	const chapters = manifest().editions[0]!.locales[0]!.pages.filter((entry) => entry.kind === 'chapter');
	await page.goto(chapters[0]!.path);
	for (const next of chapters.slice(1, 4)) {
		await page
			.getByRole('navigation', { name: 'Chapters' })
			.getByRole('link', { name: /Next chapter/ })
			.click();
		await expect(page).toHaveURL(new RegExp(`${next.path}$`));
	}
});

test('an unknown address shows the 404 page with its styles', async ({ page }) => {
	const response = await page.goto('base/en/no-such-page.html');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	const background = await page.locator('.site-header').evaluate((element) => getComputedStyle(element).backgroundColor);
	expect(background).toBe('rgb(11, 58, 91)');
});

test('a chapter credits its contributors, and the Contributors page credits everyone with their chapters', async ({ page }) => {
	await page.goto('base/en/critical-incident-protocol.html');
	const credits = page.locator('section.contributors');
	await expect(credits.getByRole('listitem').first()).toHaveText('Clean Elections Template editorial team, Clean Elections Template project');
	await credits.getByRole('link', { name: 'Everyone who contributed to the template' }).click();
	await expect(page).toHaveURL(/\/base\/en\/contributors\.html$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contributors');

	const authors = page.getByRole('region', { name: 'Chapter authors' });
	await expect(authors).toContainText('Clean Elections Template editorial team, Clean Elections Template project');
	// Every chapter is linked once under its authors.
	const chapters = manifest().editions[0]!.locales[0]!.pages.filter((entry) => entry.kind === 'chapter');
	for (const chapter of chapters) await expect(authors.locator(`a[href="${chapter.path.split('/').at(-1)}#contributors"]`).first()).toBeAttached();
	const translators = page.getByRole('region', { name: 'Translators' });
	await expect(translators.getByRole('heading', { level: 3 })).toHaveText(['Français', 'Español', 'العربية']);
	await authors.getByRole('link', { name: 'Critical incident public protocol' }).first().click();
	await expect(page).toHaveURL(/critical-incident-protocol\.html#contributors$/);

	// The footer of every page leads there too, in the reader's language.
	await page.goto('base/fr/glossary.html');
	await page.locator('.site-footer').getByRole('link', { name: 'Contributeurs' }).click();
	await expect(page).toHaveURL(/\/base\/fr\/contributors\.html$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contributeurs');
});
