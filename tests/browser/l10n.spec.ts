/** French and Arabic readers: language, direction, switcher, alternates, fallback and outdated notices. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { distDir, manifest, watch } from './support/site.ts';
import { FIXTURE_SITE, fixtureChanges } from './support/l10n-fixture.ts';

const strings = (locale: string) =>
	JSON.parse(readFileSync(path.join(distDir, '../locales', locale, 'common.json'), 'utf8')) as { notice: Record<string, string>; language: { switcher: string } };
const chapter = 'critical-incident-protocol';

test('a French page declares its language, lists its translations, and the switcher keeps the reader on the same page', async ({ page, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const seen = watch(page, (url) => url.origin === origin);
	await page.goto(`base/fr/${chapter}.html`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
	expect(alternates).toEqual([
		['en', `../en/${chapter}.html`],
		['fr', `${chapter}.html`],
		['es', `../es/${chapter}.html`],
		['ar', `../ar/${chapter}.html`],
		['x-default', `../en/${chapter}.html`],
	]);
	for (const [, href] of alternates) expect((await page.request.get(new URL(href!, page.url()).href)).status()).toBe(200);
	await expect(page.locator('.notice')).toHaveCount(0);

	const switcher = page.getByRole('navigation', { name: strings('fr').language.switcher });
	await expect(switcher.getByRole('link', { name: 'Français' })).toHaveAttribute('aria-current', 'page');
	await switcher.getByRole('link', { name: 'العربية' }).click();
	await expect(page).toHaveURL(new RegExp(`/base/ar/${chapter}\\.html$`));
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	expect(seen.consoleErrors).toEqual([]);
	expect(seen.failed).toEqual([]);
});

test('every language switcher link and every alternate on every page leads to a page that exists', () => {
	const pages = manifest().editions.flatMap((edition) => edition.locales.flatMap((locale) => locale.pages.map((entry) => entry.path)));
	const missing: string[] = [];
	for (const file of pages) {
		const html = readFileSync(path.join(distDir, file), 'utf8');
		const hrefs = [...html.matchAll(/<(?:a|link) [^>]*hreflang="[^"]+"[^>]*href="([^"]+)"|<(?:a|link) [^>]*href="([^"]+)"[^>]*hreflang="[^"]+"/g)].map(
			(match) => match[1] ?? match[2]!,
		);
		expect(hrefs.length, file).toBeGreaterThanOrEqual(4);
		for (const href of hrefs) {
			const target = path.join(path.dirname(path.join(distDir, file)), href.split('#')[0]!);
			try {
				readFileSync(target);
			} catch {
				missing.push(`${file} -> ${href}`);
			}
		}
	}
	expect(missing).toEqual([]);
});

test('Arabic is laid out right to left, with Latin IDs isolated', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto(`base/ar/${chapter}.html`);
	const title = await page.locator('.site-title').boundingBox();
	expect(title!.x).toBeGreaterThan(1366 / 2);
	const toc = await page.locator('.toc').boundingBox();
	const body = await page.locator('.chapter-body').boundingBox();
	expect(toc!.x).toBeLessThan(body!.x);
	expect(
		await page
			.locator('article.practice .practice__id')
			.first()
			.evaluate((element) => [element.tagName, element.getAttribute('dir')]),
	).toEqual(['BDI', 'ltr']);
	const direction = await page
		.locator('.prose p')
		.first()
		.evaluate((element) => getComputedStyle(element).direction);
	expect(direction).toBe('rtl');
	// A practice ID cited in Arabic prose is isolated too.
	await page.goto('base/ar/election-technology-and-infrastructure.html');
	await expect(page.locator('.prose bdi', { hasText: 'TEC-1' }).first()).toBeAttached();
});

for (const kind of ['index', chapter, 'glossary', 'practices', 'contributors', 'translation-status']) {
	test(`the Arabic ${kind} page has no WCAG A/AA violation`, async ({ page }) => {
		await page.goto(`base/ar/${kind}.html`);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}

test.describe('the localization fixture', () => {
	test.use({ baseURL: FIXTURE_SITE });

	test('a missing translation shows the English text, marked lang="en", under a notice in French', async ({ page }) => {
		await page.goto(`base/fr/${fixtureChanges.missing}.html`);
		const notice = page.locator('.notice--missing');
		await expect(notice).toBeVisible();
		await expect(notice).toContainText(strings('fr').notice.missingTitle!);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.locator('.prose')).toHaveAttribute('lang', 'en');
		await expect(page.locator('.chapter-header')).toHaveAttribute('lang', 'en');
		await expect(page.locator('h1')).toHaveText('Critical incident public protocol');
		// The interface around it stays French.
		await expect(page.getByRole('navigation', { name: strings('fr').language.switcher })).toBeVisible();
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
		expect(results.violations.map((violation) => violation.id)).toEqual([]);
	});

	test('an outdated translation says the original changed and links to it', async ({ page }) => {
		await page.goto(`base/fr/${fixtureChanges.outdated}.html`);
		const notice = page.locator('.notice--outdated');
		await expect(notice).toContainText(strings('fr').notice.outdatedTitle!);
		await expect(page.locator('.prose')).not.toHaveAttribute('lang', 'en');
		await notice.getByRole('link').click();
		await expect(page).toHaveURL(new RegExp(`/base/en/${fixtureChanges.outdated}\\.html$`));
		await expect(page.getByText('This sentence was added after the translation was made.')).toBeVisible();
	});

	test('the status page reports the same', async ({ page }) => {
		await page.goto('base/fr/translation-status.html');
		await expect(page.locator('#status-fr + .table-wrap .status-row--missing')).toHaveCount(1);
		await expect(page.locator('#status-fr + .table-wrap .status-row--outdated')).toHaveCount(1);
		await expect(page.locator('#status-es + .table-wrap .status-row--missing')).toHaveCount(0);
	});
});

test.describe('screenshots for review', () => {
	for (const [device, viewport] of [
		['phone', { width: 390, height: 844 }],
		['desktop', { width: 1366, height: 900 }],
	] as const) {
		test(`Arabic and French chapters at ${device} width`, async ({ page }) => {
			await page.setViewportSize(viewport);
			for (const locale of ['ar', 'fr']) {
				await page.goto(`base/${locale}/${chapter}.html`);
				expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
				await page.screenshot({ path: `test-results/screenshots/${locale}-chapter-${device}.png` });
				await page.goto(`base/${locale}/index.html`);
				await page.screenshot({ path: `test-results/screenshots/${locale}-home-${device}.png` });
			}
		});
	}

	test('an Arabic chapter prints right to left', async ({ page }) => {
		await page.goto(`base/ar/${chapter}.html`);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.language-switcher')).toBeHidden();
		await page.pdf({ path: 'test-results/screenshots/ar-chapter-print.pdf', format: 'A4', printBackground: true });
	});
});
