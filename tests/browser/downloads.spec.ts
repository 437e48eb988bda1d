/** The downloads: every file (bundle, PDF, exports) listed with the size and SHA-256 of the file actually built, and SHA256SUMS that sha256sum accepts. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { distDir, manifest } from './support/site.ts';

const downloads = path.join(distDir, 'downloads');

test('sha256sum -c accepts SHA256SUMS for every download', () => {
	const output = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: downloads, encoding: 'utf8' });
	const exported = manifest().downloads.filter((file) => file.path.startsWith('downloads/'));
	expect(output.trim().split('\n')).toHaveLength(exported.length);
	expect(output).not.toMatch(/FAILED/);
	for (const file of exported)
		expect(
			createHash('sha256')
				.update(readFileSync(path.join(distDir, file.path)))
				.digest('hex'),
		).toBe(file.sha256);
});

for (const [edition, locale] of [
	['base', 'en'],
	['base', 'ar'],
	['ca', 'fr'],
] as const) {
	test(`the ${edition}/${locale} downloads page lists its files with the hashes of the built files`, async ({ page }) => {
		await page.goto(`${edition}/${locale}/downloads.html`);
		const rows = page.locator('table.downloads tbody tr');
		// The offline bundle, the PDF (when this machine could print it) and the three exports.
		const built = manifest().downloads.filter((file) => file.edition === edition && file.locale === locale);
		expect(built.map((file) => file.format).sort()).toEqual(['csv', 'json', 'oscal', 'pdf', 'zip']);
		await expect(rows).toHaveCount(built.length);
		for (const row of await rows.all()) {
			const href = await row.locator('a').getAttribute('href');
			const file = path.join(distDir, edition, locale, href!);
			const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
			await expect(row.locator('code.hash')).toHaveText(hash);
			expect((await page.request.get(new URL(href!, page.url()).href)).status()).toBe(200);
		}
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((violation) => violation.id)).toEqual([]);
	});
}
