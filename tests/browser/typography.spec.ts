/**
 * Typography and language on the built site: French pages get French spaces
 * (src/build/typography.ts) in their text, their attributes and the strings
 * their scripts show, and nowhere else; English names and titles on
 * translated pages carry lang="en"; organisations are shown by their French
 * name where content/names.yaml has one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { typesetFrenchHtml } from '../../src/utils/typeset-html.ts';
import { L10N_FIXTURE, FIXTURE_SITE, fixtureChanges } from './support/l10n-fixture.ts';
import { distDir, manifest } from './support/site.ts';

const chapter = 'critical-incident-protocol';
const pagesOf = (locale: string) =>
	manifest().editions.flatMap((edition) => edition.locales.filter((candidate) => candidate.code === locale).flatMap((entry) => entry.pages.map((page) => page.path)));
const read = (page: string) => readFileSync(path.join(distDir, page), 'utf8');

/** The text of every text node whose nearest lang is `prefix`…, outside code, pre, kbd, samp, script, style and textarea, in the browser. */
function textsIn(page: Page, prefix: string): Promise<string[]> {
	return page.evaluate((prefix) => {
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const texts: string[] = [];
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement!;
			if (parent.closest('code, pre, kbd, samp, script, style, textarea')) continue;
			if (!(parent.closest('[lang]')?.getAttribute('lang') ?? '').startsWith(prefix)) continue;
			texts.push(node.textContent ?? '');
		}
		return texts;
	}, prefix);
}

test('every French page has its spaces set, and nothing left for the step to do', () => {
	const pages = pagesOf('fr');
	expect(pages.length).toBeGreaterThan(40);
	let narrow = 0;
	for (const page of pages) {
		const html = read(page);
		expect(typesetFrenchHtml(html).spaces, page).toBe(0);
		narrow += html.match(/\u202f[;!?]/g)?.length ?? 0;
	}
	expect(narrow).toBeGreaterThan(100);
});

test('a French chapter has no plain space before ; ! ? or : in its text, and a narrow no-break space before ; ! ?', async ({ page }) => {
	await page.goto(`base/fr/${chapter}.html`);
	const texts = (await textsIn(page, 'fr')).join('\n');
	expect(texts).toMatch(/\u202f[;!?]/);
	expect(texts.match(/\S[ \t\n]+[;!?:](?=\s|$)/g) ?? []).toEqual([]);
	expect(texts.match(/«[ \t\n]|[ \t\n]»/g) ?? []).toEqual([]);
	// The search page's script shows its words from the page's JSON: typeset too.
	await page.goto('base/fr/search.html');
	const config = JSON.parse((await page.locator('#search-config').textContent())!) as { strings: Record<string, unknown> };
	expect(JSON.stringify(config.strings)).toMatch(/\u00a0:/);
});

test('English, Spanish and Arabic pages get no French spaces', () => {
	for (const locale of ['en', 'es', 'ar']) {
		for (const page of pagesOf(locale)) expect(read(page).match(/[\u202f\u00a0][;!?:]/g) ?? [], page).toEqual([]);
	}
});

test('the French search results and the downloads are typeset too; the English ones are not', () => {
	expect(read('base/fr/search-index.js')).toMatch(/\u202f[;!?]/);
	expect(read('base/en/search-index.js')).not.toMatch(/\u202f/);
	expect(read('base/fr/downloads.html')).toMatch(/\d\u00a0Ko/);
});

test('English text on a French page keeps its own spaces: a fallback chapter in the fixture', async ({ page }) => {
	const html = readFileSync(path.join(L10N_FIXTURE, 'dist/base/fr', `${fixtureChanges.missing}.html`), 'utf8');
	expect(html).toContain('lang="en"');
	await page.goto(`${FIXTURE_SITE}base/fr/${fixtureChanges.missing}.html`);
	const english = (await textsIn(page, 'en')).join('\n');
	expect(english.length).toBeGreaterThan(1000);
	expect(english).toMatch(/[a-z]: [A-Z]/);
	expect(english).not.toMatch(/[\u202f\u00a0][;!?:]/);
});

test('on a French chapter, English titles carry lang="en" and organisations are named in French', async ({ page }) => {
	await page.goto(`base/fr/${chapter}.html`);
	const sources = page.locator('section.sources li');
	await expect(sources.first().locator('cite')).toHaveAttribute('lang', 'en');
	await expect(sources.first().locator('cite')).toHaveText('Cabinet Directive on the Critical Election Incident Public Protocol');
	// A publisher with a French name: shown in French, in the page's language.
	const french = sources.first().locator('bdi');
	await expect(french).toHaveText('Gouvernement du Canada, Bureau du Conseil privé, 2019.');
	await expect(french.locator('[lang]')).toHaveCount(0);
	// One without: the English name, marked as English.
	await expect(sources.locator('bdi [lang="en"]', { hasText: 'International IDEA' })).toHaveCount(1);
	// The credit line: the organisation by its French name, the English team name marked.
	const credit = page.locator('section.contributors li').first();
	await expect(credit).toHaveText('Clean Elections Template editorial team, Projet Modèle pour des élections intègres');
	await expect(credit.locator('[lang="en"]')).toHaveText('Clean Elections Template editorial team');
	expect(await credit.evaluate((element) => element.textContent!.includes('Clean Elections Template project'))).toBe(false);
});

test('on an Arabic chapter too, and on the contributors pages', async ({ page }) => {
	await page.goto(`base/ar/${chapter}.html`);
	await expect(page.locator('section.sources cite').first()).toHaveAttribute('lang', 'en');
	await expect(page.locator('section.contributors li').first()).toContainText('مشروع نموذج الانتخابات النزيهة');
	await page.goto('base/fr/contributors.html');
	await expect(page.locator('.credits__people > li > bdi').first()).toHaveText('Clean Elections Template editorial team, Projet Modèle pour des élections intègres');
	// The Spanish translators, listed on the French page, are marked as Spanish.
	await expect(page.locator('#translators-es + ul bdi [lang="es"]').first()).toBeVisible();
	await page.goto('base/en/contributors.html');
	await expect(page.locator('main [lang="en"]')).toHaveCount(0);
});

test('a French chapter at 320 px: no-break spaces make nothing overflow', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto(`base/fr/${chapter}.html`);
	// Every element whose own text holds a no-break space stays inside the page. (The header's search form is 20 px too wide in French
	// at this width whatever its spaces: it holds none.)
	const overflowing = await page.evaluate(() =>
		[...document.querySelectorAll('main *')]
			.filter((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && /[\u00a0\u202f]/.test(node.textContent ?? '')))
			.filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 && !element.closest('.visually-hidden'))
			.map((element) => element.textContent!.slice(0, 80)),
	);
	expect(overflowing).toEqual([]);
	expect(await page.evaluate(() => document.querySelectorAll('main *').length)).toBeGreaterThan(100);
	// For a person to look at: the first practice, where its labels end in colons.
	await page.evaluate(() => document.getElementById('INC-1')!.scrollIntoView({ block: 'start' }));
	await page.screenshot({ path: 'test-results/screenshots/typography-fr-chapter-320.png', fullPage: false });
});
