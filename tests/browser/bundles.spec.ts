/**
 * Each shipped offline bundle, unzipped and opened straight from disk
 * (file://), as a colleague handed the zip would: the pages with their
 * styles, links that all land inside the bundle, and search that finds a
 * practice from words of its statement and follows it to the anchor, with no
 * request leaving the disk. And the same bundle served over http, where it
 * searches the same offline index (a bundle carries no Pagefind index) and
 * finds the same practices.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { BUNDLES_DIR, BUNDLES_SITE, shippedBundles } from './support/bundles.ts';
import { search, statementOf, wordsFrom } from './support/search.ts';
import { watch } from './support/site.ts';

/** A practice whose statement each bundle is searched for, by language. */
const PRACTICE: Record<string, string> = { en: 'TEC-6', fr: 'INC-2', es: 'DAT-3', ar: 'CNT-3' };

function pagesOf(folder: string): string[] {
	return readdirSync(path.join(BUNDLES_DIR, folder), { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.html'))
		.sort();
}

for (const bundle of shippedBundles()) {
	test.describe(`${bundle.zip}`, () => {
		const root = path.join(BUNDLES_DIR, bundle.folder);
		const fileUrl = (name: string) => pathToFileURL(path.join(root, name)).href;

		test('every link in every page lands on a file inside the bundle', () => {
			const broken: string[] = [];
			for (const page of pagesOf(bundle.folder)) {
				const html = readFileSync(path.join(root, page), 'utf8');
				for (const [, reference] of html.matchAll(/\s(?:href|src)="([^"#?][^"]*)"/g)) {
					if (/^[a-z][a-z0-9+.-]*:/i.test(reference!)) continue;
					const target = path.join(root, path.dirname(page), reference!.replace(/[?#].*$/, ''));
					if (!existsSync(target)) broken.push(`${page}: ${reference}`);
				}
			}
			expect(broken).toEqual([]);
		});

		test('opened from disk: every page has its styles, and search leads to the practice, with no request off the disk', async ({ page }) => {
			test.setTimeout(120_000); // every page of the bundle is opened
			const seen = watch(page, (url) => url.protocol === 'file:');
			await page.goto(fileUrl('index.html'));
			await expect(page).toHaveURL(new RegExp(`/${bundle.edition}/${bundle.locale}/index\\.html$`));
			for (const name of pagesOf(bundle.folder).filter((candidate) => candidate !== 'index.html')) {
				await page.goto(fileUrl(name));
				expect(await page.locator('.site-header').evaluate((element) => getComputedStyle(element).backgroundColor), name).toBe('rgb(11, 58, 91)');
			}
			// Search from the header of a chapter page, by words of a practice's statement.
			const id = PRACTICE[bundle.locale]!;
			await page.goto(fileUrl(`${bundle.edition}/${bundle.locale}/index.html`));
			const box = page.locator('.site-search input[name="q"]');
			await box.fill(wordsFrom(statementOf(bundle.edition, bundle.locale, id)));
			await box.press('Enter');
			const result = page.locator('.search-result').filter({ has: page.locator('.practice__id', { hasText: new RegExp(`^${id}$`) }) });
			await expect(result).toHaveCount(1);
			await result.getByRole('link').click();
			await expect(page).toHaveURL(new RegExp(`\\.html#${id}$`));
			await expect(page.locator(`article#${id}`)).toBeInViewport();
			expect(seen.offSite).toEqual([]);
			expect(seen.failed).toEqual([]);
			expect(seen.consoleErrors).toEqual([]);
		});

		test('served over http, its search finds what the disk search finds, from the offline index, with no Pagefind', async ({ page, context }) => {
			expect(existsSync(path.join(root, bundle.edition, bundle.locale, 'pagefind'))).toBe(false);
			const seen = watch(page, (url) => url.href.startsWith(BUNDLES_SITE));
			await page.goto(`${BUNDLES_SITE}${bundle.folder}/${bundle.edition}/${bundle.locale}/search.html`);
			const fromDisk = await context.newPage();
			await fromDisk.goto(fileUrl(`${bundle.edition}/${bundle.locale}/search.html`));
			const query = wordsFrom(statementOf(bundle.edition, bundle.locale, PRACTICE[bundle.locale]!));
			const online = await search(page, query);
			expect(online).toContain(PRACTICE[bundle.locale]);
			expect([...(await search(fromDisk, query))].sort()).toEqual([...online].sort());
			expect(seen.offSite).toEqual([]);
			expect(seen.failed).toEqual([]);
			expect(seen.consoleErrors).toEqual([]);
		});
	});
}
