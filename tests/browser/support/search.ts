/** Helpers for the search tests: a practice's words, the offline index of a built locale, and running the search form. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { PracticesExport } from '../../../src/views/practice-view.ts';
import { distDir } from './site.ts';

/** The practice's statement, from the built JSON export. */
export function statementOf(edition: string, locale: string, id: string): string {
	const data = JSON.parse(readFileSync(path.join(distDir, `downloads/${edition}-${locale}.json`), 'utf8')) as PracticesExport;
	const practice = data.chapters.flatMap((chapter) => chapter.practices).find((candidate) => candidate.id === id);
	if (!practice) throw new Error(`${id} is not in ${edition}-${locale}`);
	return practice.statement;
}

/** The three longest words of a text: a query a reader might type after reading it. */
export function wordsFrom(text: string): string {
	return [...new Set(text.split(/[^\p{L}\p{N}-]+/u))]
		.sort((a, b) => b.length - a.length || a.localeCompare(b))
		.slice(0, 3)
		.join(' ');
}

/** Types the query in the search page's form, submits it with the keyboard, and returns the practice IDs of every result, showing more until all are listed. */
export async function search(page: Page, query: string): Promise<string[]> {
	const box = page.locator('#search-q');
	await box.fill(query);
	await box.press('Enter');
	await expect(page.locator('[data-search-status]')).not.toHaveText(/^$|…/);
	const more = page.locator('[data-search-more]');
	const results = page.locator('.search-result');
	while (await more.isVisible()) {
		const listed = await results.count();
		await more.click();
		await expect.poll(() => results.count()).toBeGreaterThan(listed);
	}
	return page.locator('.search-result .practice__id').allTextContents();
}
