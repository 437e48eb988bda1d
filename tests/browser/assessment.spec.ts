/**
 * The self-assessment tool and the citizen-observer checklist, in a real
 * browser: scoring as the reader answers (checked against the scoring module
 * itself), answers kept across a reload, the export/clear/import round trip,
 * refused imports, the same from file://, print, keyboard and axe.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { AnswerSet } from '../../src/schemas/answer.ts';
import type { AssessmentFile, ObserverFile } from '../../src/schemas/assessment.ts';
import type { AssessmentPageData } from '../../src/assessment/page-data.ts';
import { score } from '../../src/scoring/score.ts';
import { distDir, watch } from './support/site.ts';
import { BUNDLES_DIR } from './support/bundles.ts';

const ENGLISH = 'base/en/assessment.html';
/** A self-assessment export as the tool writes it, with the given fields changed. */
const assessmentFile = (fields: Record<string, unknown>) => ({
	format: 'clean-elections-template/self-assessment',
	schemaVersion: 1,
	template: '1.0.0',
	edition: 'base',
	locale: 'en',
	saved: '2026-11-25T10:00:00.000Z',
	...fields,
});

async function pageData(page: Page): Promise<AssessmentPageData> {
	return JSON.parse((await page.locator('#assessment-data').textContent())!) as AssessmentPageData;
}

const answer = (page: Page, id: string, label: RegExp | string) => page.locator(`#answer-${id}`).getByRole('radio', { name: label, exact: typeof label === 'string' });

async function exportJson(page: Page): Promise<AssessmentFile> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as JSON' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^self-assessment-base-1\.0\.0-\d{4}-\d{2}-\d{2}\.json$/);
	return JSON.parse(readFileSync((await download.path())!, 'utf8')) as AssessmentFile;
}

async function importFile(page: Page, file: { name: string; buffer: Buffer } | string) {
	const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import a JSON file' }).click()]);
	await chooser.setFiles(typeof file === 'string' ? file : { ...file, mimeType: 'application/json' });
}

async function clearAll(page: Page) {
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: 'Clear all answers' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'All answers were cleared.' })).toBeVisible();
}

/** A few answers of every kind, with notes and evidence. */
async function answerSome(page: Page) {
	await answer(page, 'INC-1', 'Met').check();
	await answer(page, 'INC-2', 'Partly met').check();
	await answer(page, 'GOV-1', 'Not met').check();
	await answer(page, 'TEC-3', 'Not applicable').check();
	await page.getByLabel('Why it does not apply').and(page.locator('#reason-TEC-3')).fill('Ballots are counted by hand; no tabulators exist.');
	await page.locator('#note-INC-1').fill('Adopted by decree 12/2026, "published" in the gazette.');
	await page.locator('#evidence-INC-1').fill('https://example.org/gazette/2026-12.pdf');
	await page.locator('#note-CNT-5').fill('A note before any answer.');
}

const expectedAnswers = {
	'INC-1': { status: 'met', note: 'Adopted by decree 12/2026, "published" in the gazette.', evidence: 'https://example.org/gazette/2026-12.pdf' },
	'INC-2': { status: 'partly-met' },
	'GOV-1': { status: 'not-met' },
	'TEC-3': { status: 'not-applicable', reason: 'Ballots are counted by hand; no tabulators exist.' },
	'CNT-5': { note: 'A note before any answer.' },
};

test('answering practices changes the tier shown, as the scoring module computes it', async ({ page }) => {
	// About fifty answers, each checked against the module: allow for a busy machine.
	test.slow();
	await page.goto(ENGLISH);
	const data = await pageData(page);
	const tier = page.locator('[data-out="tier"]');
	await expect(tier).toHaveText('No tier yet');
	await expect(page.locator('[data-out="next"]')).toContainText('To reach Silver:');

	const rank = (id: string) => data.rules.tiers.findIndex((rule) => rule.id === id);
	// Prerequisites of Silver and Gold first, then credits, largest first, until Gold is reached.
	const order = [
		...data.practices.filter((practice) => practice.kind === 'prerequisite' && rank(practice.tier) <= 1),
		...data.practices.filter((practice) => practice.kind === 'credit').sort((a, b) => (b.points ?? 0) - (a.points ?? 0)),
	];
	const answers: AnswerSet = {};
	const seen: Array<string | null> = [];
	for (const practice of order) {
		// Every third credit only partly met, so that partial credit is exercised too.
		const partly = practice.kind === 'credit' && Object.keys(answers).length % 3 === 0;
		answers[practice.id] = { status: partly ? 'partly-met' : 'met' };
		await answer(page, practice.id, partly ? 'Partly met' : 'Met').check();
		const expected = score(data.practices, answers, data.rules);
		await expect(tier).toHaveText(expected.reached ? { silver: 'Silver', gold: 'Gold', platinum: 'Platinum' }[expected.reached] : 'No tier yet');
		await expect(page.locator('[data-out="points"]')).toHaveText(`Credit points: ${expected.points.earned} of ${expected.points.applicable} applicable.`);
		if (seen.at(-1) !== expected.reached) seen.push(expected.reached);
		if (expected.reached === 'gold') break;
	}
	expect(seen).toEqual([null, 'silver', 'gold']);
	await expect(page.locator('[data-out="state-gold"]')).toHaveText('Reached');
	await expect(page.locator('[data-out="next"]')).toContainText('To reach Platinum:');

	// A not-applicable answer leaves the denominator only once it has a reason.
	const applicable = score(data.practices, answers, data.rules).points.applicable;
	const credit = data.practices.find((practice) => practice.kind === 'credit' && !answers[practice.id])!;
	await answer(page, credit.id, 'Not applicable').check();
	await expect(page.locator(`#reason-${credit.id}`)).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator(`#reason-${credit.id}-error`)).toBeVisible();
	await expect(page.locator('[data-out="points"]')).toContainText(`of ${applicable} applicable`);
	await page.locator(`#reason-${credit.id}`).fill('Not in our law.');
	await expect(page.locator(`#reason-${credit.id}`)).toHaveAttribute('aria-invalid', 'false');
	await expect(page.locator('[data-out="points"]')).toContainText(`of ${applicable - credit.points!} applicable`);
});

test('the next tier lists its missing prerequisites first, then the points still needed', async ({ page }) => {
	await page.goto(ENGLISH);
	const data = await pageData(page);
	const missing = data.practices.filter((practice) => practice.kind === 'prerequisite' && practice.tier === 'silver').map((practice) => practice.id);
	const items = page.locator('[data-out="next"] li');
	await expect(items).toHaveCount(missing.length + 1);
	await expect(items.first()).toContainText(missing[0]!);
	await expect(items.last()).toContainText(/^earn \d+(\.\d+)? more credit points/);
	// Each missing prerequisite links to its answer.
	await items.first().getByRole('link').click();
	await expect(page.locator(`#answer-${missing[0]}`)).toBeInViewport();
});

test('answers survive a reload', async ({ page }) => {
	await page.goto(ENGLISH);
	await answerSome(page);
	await page.reload();
	await expect(answer(page, 'INC-1', 'Met')).toBeChecked();
	await expect(answer(page, 'INC-2', 'Partly met')).toBeChecked();
	await expect(answer(page, 'GOV-1', 'Not met')).toBeChecked();
	await expect(answer(page, 'TEC-3', 'Not applicable')).toBeChecked();
	await expect(page.locator('#reason-TEC-3')).toHaveValue(expectedAnswers['TEC-3'].reason);
	await expect(page.locator('#note-INC-1')).toHaveValue(expectedAnswers['INC-1'].note);
	await expect(page.locator('#evidence-INC-1')).toHaveValue(expectedAnswers['INC-1'].evidence);
	await expect(page.locator('#note-CNT-5')).toHaveValue(expectedAnswers['CNT-5'].note);
});

test('export, clear and import give back the same answers, and CSV exports every practice', async ({ page }) => {
	await page.goto(ENGLISH);
	await answerSome(page);
	const exported = await exportJson(page);
	expect(exported).toMatchObject({ format: 'clean-elections-template/self-assessment', schemaVersion: 1, template: '1.0.0', edition: 'base', locale: 'en' });
	expect(exported.answers).toEqual(expectedAnswers);

	const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as CSV' }).click()]);
	const rows = readFileSync((await csv.path())!, 'utf8').split('\r\n');
	expect(rows[0]).toBe('\uFEFFid,chapter,title,tier,kind,points,status,reason,note,evidence');
	expect(rows.filter(Boolean)).toHaveLength((await pageData(page)).practices.length + 1);
	expect(rows.find((row) => row.startsWith('INC-1,'))).toContain(',met,,"Adopted by decree 12/2026, ""published"" in the gazette.",https://example.org/gazette/2026-12.pdf');

	await clearAll(page);
	await expect(answer(page, 'INC-1', 'Met')).not.toBeChecked();
	await expect(page.locator('#note-INC-1')).toHaveValue('');
	await page.reload();
	await expect(answer(page, 'INC-1', 'Met')).not.toBeChecked();

	await importFile(page, { name: 'answers.json', buffer: Buffer.from(JSON.stringify(exported)) });
	await expect(page.getByRole('status').filter({ hasText: 'The answers in the file were imported.' })).toBeVisible();
	await expect(answer(page, 'INC-2', 'Partly met')).toBeChecked();
	expect((await exportJson(page)).answers).toEqual(exported.answers);
});

test('a file from another edition, tool or newer version is refused with a message that says what differs, and changes nothing', async ({ page }) => {
	await page.goto(ENGLISH);
	await answer(page, 'INC-1', 'Met').check();
	const base = assessmentFile({ answers: { 'INC-1': { status: 'not-met' } } });
	const message = page.locator('[data-out="message"]');
	const refusals: Array<[unknown, string]> = [
		[
			{ ...base, edition: 'ca' },
			'The file could not be imported: it is a self-assessment of the edition “ca”, and this page assesses the edition “base”. Open the self-assessment of that edition to import it. Your answers on this page are unchanged.',
		],
		[
			{ ...base, template: '2.0.0' },
			'The file could not be imported: it was made for template version 2.0.0, which is newer than the version of this page, 1.0.0. Your answers on this page are unchanged.',
		],
		[
			{ format: 'someone-else/checklist', answers: {} },
			'The file could not be imported: it was not exported by this self-assessment tool. Your answers on this page are unchanged.',
		],
		[
			{ ...base, answers: { 'INC-1': { status: 'done' } } },
			'The file could not be imported: the field answers.INC-1.status is not valid. The file may have been changed by hand. Your answers on this page are unchanged.',
		],
		['not json at all', 'The file could not be imported: it is not a JSON file. Your answers on this page are unchanged.'],
	];
	for (const [content, text] of refusals) {
		await importFile(page, { name: 'file.json', buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)) });
		await expect(message).toHaveText(text);
		await expect(answer(page, 'INC-1', 'Met')).toBeChecked();
	}
	await page.reload();
	await expect(answer(page, 'INC-1', 'Met')).toBeChecked();
});

test('a file over the size limit, or with no answer for this page, is refused and changes nothing', async ({ page }) => {
	await page.goto(ENGLISH);
	await answer(page, 'INC-1', 'Met').check();
	const message = page.locator('[data-out="message"]');
	const base = { format: 'clean-elections-template/self-assessment', schemaVersion: 1, template: '1.0.0', edition: 'base', locale: 'en', saved: '2026-11-25T10:00:00.000Z' };
	// 3 MB: refused by its size, before it is read.
	await importFile(page, { name: 'huge.json', buffer: Buffer.alloc(3_000_000, ' ') });
	await expect(message).toHaveText(
		'The file could not be imported: it is 3 MB, and this page imports files of up to 2 MB. A file exported by this tool is far smaller, so this is probably not one. Your answers on this page are unchanged.',
	);
	const unknown = Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`ZZZ-${index + 10}`, { status: 'not-met' }]));
	await importFile(page, { name: 'unknown.json', buffer: Buffer.from(JSON.stringify({ ...base, answers: unknown })) });
	await expect(message).toHaveText(
		'The file could not be imported: none of its answers is for a practice on this page (\u2068ZZZ-10, ZZZ-11, ZZZ-12, ZZZ-13, ZZZ-14, ZZZ-15, ZZZ-16, ZZZ-17, ZZZ-18, ZZZ-19\u2069 and 2 more). It may be a file of another edition, or it was changed by hand. Your answers on this page are unchanged.',
	);
	await importFile(page, { name: 'empty.json', buffer: Buffer.from(JSON.stringify({ ...base, answers: {} })) });
	await expect(message).toHaveText('The file could not be imported: it holds no answers. Your answers on this page are unchanged.');
	await expect(answer(page, 'INC-1', 'Met')).toBeChecked();
	await page.reload();
	await expect(answer(page, 'INC-1', 'Met')).toBeChecked();
});

test("the size refusal is in the reader's language, with its units", async ({ page }) => {
	await page.goto('base/fr/assessment.html');
	const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('[data-action="import"]').click()]);
	await chooser.setFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(3_000_000, ' ') });
	await expect(page.locator('[data-out="message"]')).toHaveText(
		"Le fichier n'a pas pu être importé : il pèse 3\u00a0Mo, et cette page importe des fichiers de 2\u00a0Mo au plus. Un fichier exporté par cet outil est bien plus petit ; ce n'en est probablement pas un. Vos réponses sur cette page n'ont pas changé.",
	);
});

test('the confirmation says how many answers the file replaces, adds and keeps, and the others stay', async ({ page }) => {
	await page.goto(ENGLISH);
	await answer(page, 'INC-1', 'Met').check();
	await answer(page, 'INC-2', 'Partly met').check();
	await page.locator('#note-CNT-5').fill('Mine.');
	const file = assessmentFile({ answers: { 'INC-1': { status: 'not-met' }, 'INC-2': { status: 'partly-met' }, 'GOV-1': { status: 'met' } } });
	const asked: string[] = [];
	// Declined first: nothing changes.
	page.once('dialog', (dialog) => {
		asked.push(dialog.message());
		void dialog.dismiss();
	});
	await importFile(page, { name: 'answers.json', buffer: Buffer.from(JSON.stringify(file)) });
	await expect.poll(() => asked.length).toBe(1);
	expect(asked[0]).toBe(
		'Import the answers in the file? Answers on this page that the file replaces: 1. Answers it adds: 1. Your answers kept as they are: 2. A replaced answer cannot be recovered unless you exported it first.',
	);
	await expect(answer(page, 'INC-1', 'Met')).toBeChecked();
	await expect(answer(page, 'GOV-1', 'Met')).not.toBeChecked();
	// Accepted: the file's answers over the reader's, and the reader's others kept.
	page.once('dialog', (dialog) => void dialog.accept());
	await importFile(page, { name: 'answers.json', buffer: Buffer.from(JSON.stringify(file)) });
	await expect(page.locator('[data-out="message"]')).toHaveText('The answers in the file were imported.');
	await expect(answer(page, 'INC-1', 'Not met')).toBeChecked();
	await expect(answer(page, 'INC-2', 'Partly met')).toBeChecked();
	await expect(answer(page, 'GOV-1', 'Met')).toBeChecked();
	await expect(page.locator('#note-CNT-5')).toHaveValue('Mine.');
});

test("the refusal is in the reader's language: Arabic, right to left", async ({ page }) => {
	await page.goto('base/ar/assessment.html');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('[data-out="tier"]')).toHaveText('لم يتحقق أي مستوى بعد');
	const file = assessmentFile({ edition: 'ca', locale: 'fr', answers: {} });
	const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'استيراد ملف JSON' }).click()]);
	await chooser.setFiles({ name: 'ca.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
	await expect(page.locator('[data-out="message"]')).toHaveText(
		'تعذّر استيراد الملف: هو تقييم ذاتي للإصدار «ca»، وهذه الصفحة تقيِّم الإصدار «base». افتحوا صفحة التقييم الذاتي لذلك الإصدار لاستيراده. لم تتغير إجاباتكم في هذه الصفحة.',
	);
});

test('a file from an older template version is carried over, and what could not be is reported', async ({ page }) => {
	await page.goto(ENGLISH);
	const file = assessmentFile({
		template: '0.9.0',
		locale: 'fr',
		saved: '2026-01-10T10:00:00.000Z',
		answers: { 'INC-1': { status: 'met', note: 'Kept.' }, 'OLD-4': { status: 'met' }, 'INC-99': { status: 'not-met' } },
	});
	await importFile(page, { name: 'old.json', buffer: Buffer.from(JSON.stringify(file)) });
	await expect(page.locator('[data-out="message"]')).toHaveText(
		'The answers in the file were imported. The file was made for template version 0.9.0; its answers were carried over to version 1.0.0. These answers could not be carried over, because their practices no longer exist: \u2068INC-99, OLD-4\u2069.',
	);
	await expect(answer(page, 'INC-1', 'Met')).toBeChecked();
	await expect(page.locator('#note-INC-1')).toHaveValue('Kept.');
});

test('the Canada edition arrives with its not-applicable practices pre-set, its own practices and its regional priority', async ({ page }) => {
	await page.goto('ca/en/assessment.html');
	await expect(answer(page, 'TEC-3', 'Not applicable')).toBeChecked();
	await expect(page.locator('#reason-TEC-3')).toHaveValue(/Federal ballots are paper ballots counted by hand/);
	await expect(page.locator('#answer-CA-DAT-1')).toBeVisible();
	await expect(page.locator('#answer-DAT-6')).toContainText('Regional priority: 1 bonus point.');
	const data = await pageData(page);
	expect(data.practices.find((practice) => practice.id === 'DAT-6')?.bonus).toBe(1);
	// Scored as the module scores the pre-set answer: TEC-3 is out of the denominator from the start.
	const expected = score(data.practices, { 'TEC-3': { status: 'not-applicable', reason: 'x' } }, data.rules);
	await expect(page.locator('[data-out="points"]')).toHaveText(`Credit points: 0 of ${expected.points.applicable} applicable.`);
	// Clearing returns to the edition's defaults, not to an empty form.
	await answer(page, 'TEC-3', 'Met').check();
	await clearAll(page);
	await expect(page.locator('#answer-TEC-3').getByRole('radio', { name: 'Not applicable' })).toBeChecked();
});

test('the whole round trip works from the offline bundle, unzipped and opened straight from disk (file://)', async ({ page }) => {
	const seen = watch(page, (url) => url.protocol === 'file:' || url.protocol === 'blob:');
	await page.goto(pathToFileURL(path.join(BUNDLES_DIR, 'clean-elections-template-base-en', 'base/en/assessment.html')).href);
	await expect(page.locator('[data-out="tier"]')).toHaveText('No tier yet');
	await answerSome(page);
	await page.reload();
	await expect(answer(page, 'INC-2', 'Partly met')).toBeChecked();
	await expect(page.locator('#note-INC-1')).toHaveValue(expectedAnswers['INC-1'].note);
	const exported = await exportJson(page);
	expect(exported.answers).toEqual(expectedAnswers);
	await clearAll(page);
	await expect(answer(page, 'INC-2', 'Partly met')).not.toBeChecked();
	await importFile(page, { name: 'answers.json', buffer: Buffer.from(JSON.stringify(exported)) });
	await expect(answer(page, 'INC-2', 'Partly met')).toBeChecked();
	expect((await exportJson(page)).answers).toEqual(exported.answers);
	await importFile(page, { name: 'ca.json', buffer: Buffer.from(JSON.stringify({ ...exported, edition: 'ca' })) });
	await expect(page.locator('[data-out="message"]')).toContainText('it is a self-assessment of the edition “ca”');
	expect(seen.consoleErrors).toEqual([]);
	expect(seen.offSite).toEqual([]);
	expect(seen.failed).toEqual([]);
});

test('without JavaScript the page is the full checklist as a printable form', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(ENGLISH);
	const count = JSON.parse((await page.locator('#assessment-data').textContent())!).practices.length as number;
	await expect(page.locator('fieldset.answer__status')).toHaveCount(count);
	await expect(page.locator('.assessment-summary')).toBeHidden();
	await expect(page.getByText('This page is also a printable form')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.assessment-form')).toBeVisible();
	await expect(page.locator('.site-nav')).toBeHidden();
	await context.close();
});

test('keyboard: an answer can be given and the tools reached without a mouse', async ({ page }) => {
	await page.goto(ENGLISH);
	await page.locator('#answer-INC-1').getByRole('radio', { name: 'Met', exact: true }).focus();
	await page.keyboard.press('Space');
	await expect(answer(page, 'INC-1', 'Met')).toBeChecked();
	// Arrow keys move within the group, as for any radio group.
	await page.keyboard.press('ArrowRight');
	await expect(answer(page, 'INC-1', 'Partly met')).toBeChecked();
	await expect(answer(page, 'INC-1', 'Partly met')).toBeFocused();
	const exportButton = page.getByRole('button', { name: 'Export as JSON' });
	await exportButton.focus();
	const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).answers['INC-1']).toEqual({ status: 'partly-met' });
	expect(await exportButton.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
});

// The English pages are checked unanswered by accessibility.spec.ts; these add the answered state, right to left and an edition.
for (const path of ['base/ar/assessment.html', 'base/ar/observer.html', 'ca/fr/assessment.html']) {
	test(`${path} has no WCAG A/AA violation once answered, with an error showing`, async ({ page }) => {
		// axe takes a while over the 80-odd answer blocks of an assessment page, longer on a busy machine.
		test.setTimeout(180_000);
		await page.goto(path);
		if (path.endsWith('assessment.html')) {
			await page.locator('input[value="met"]').first().check();
			// A not-applicable answer with no reason shows the field's error.
			await page.locator('input[value="not-applicable"]').nth(2).check();
			await expect(page.locator('.field__error:visible')).toHaveCount(1);
		} else {
			await page.locator('input[value="yes"]').first().check();
			await expect(page.locator('.visit')).toHaveCount(1);
		}
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}

test('observer: answers are kept per visit, survive a reload, and export as JSON and CSV', async ({ page }) => {
	await page.goto('base/en/observer.html');
	const questions = page.locator('.observer-question');
	await expect(questions).toHaveCount(7);
	await expect(questions.first()).toContainText('Does each voter mark a paper ballot');
	await expect(page.getByText('Is the count being recorded on video, with a notice telling those present?')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'How your reports reach the observation mission' })).toBeVisible();

	await page.getByLabel('Polling place (name or number)').fill('School 14, station 3');
	await page.getByLabel('Date and time').fill('29/11/2026 19:40');
	await page
		.getByRole('group', { name: /Is the count being recorded on video/ })
		.getByRole('radio', { name: 'Yes' })
		.check();
	await page
		.getByRole('group', { name: /streamed live/ })
		.getByRole('radio', { name: 'No' })
		.check();
	await page.reload();
	await expect(page.getByLabel('Polling place (name or number)')).toHaveValue('School 14, station 3');
	await expect(page.getByRole('group', { name: /streamed live/ }).getByRole('radio', { name: 'No' })).toBeChecked();

	await page.getByRole('button', { name: 'Start a new visit' }).click();
	await expect(page.getByLabel('Polling place (name or number)')).toHaveValue('');
	await expect(page.getByLabel('Polling place (name or number)')).toBeFocused();
	await page.getByLabel('Polling place (name or number)').fill('Town hall count');
	await page
		.getByRole('group', { name: /streamed live/ })
		.getByRole('radio', { name: 'Yes' })
		.check();
	await expect(page.locator('.visit')).toHaveCount(2);
	await expect(page.locator('.visit').first()).toContainText('School 14, station 3, 29/11/2026 19:40: 1 yes, 1 no');

	const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the visits as JSON' }).click()]);
	const file = JSON.parse(readFileSync((await json.path())!, 'utf8')) as ObserverFile;
	expect(file).toMatchObject({ format: 'clean-elections-template/observer-visits', schemaVersion: 1, edition: 'base', template: '1.0.0' });
	expect(file.questions.map((question) => question.id)).toEqual(['TEC-1', 'TEC-5', 'CNT-1', 'CNT-2', 'CNT-3', 'CNT-4', 'OBS-6']);
	expect(file.visits.map((visit) => [visit.place, visit.answers])).toEqual([
		['School 14, station 3', { 'CNT-3': 'yes', 'CNT-4': 'no' }],
		['Town hall count', { 'CNT-4': 'yes' }],
	]);
	const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the visits as CSV' }).click()]);
	expect(
		readFileSync((await csv.path())!, 'utf8')
			.split('\r\n')
			.slice(0, 2),
	).toEqual(['\uFEFFplace,time,TEC-1,TEC-5,CNT-1,CNT-2,CNT-3,CNT-4,OBS-6,remarks', '"School 14, station 3",29/11/2026 19:40,,,,,yes,no,,']);

	// Opening an earlier visit brings its answers back; deleting asks first.
	await page.locator('.visit').first().getByRole('button', { name: 'Open' }).click();
	await expect(page.getByLabel('Polling place (name or number)')).toHaveValue('School 14, station 3');
	page.once('dialog', (dialog) => void dialog.accept());
	await page.locator('.visit').last().getByRole('button', { name: 'Delete' }).click();
	await expect(page.locator('.visit')).toHaveCount(1);
});

test('observer: on a phone, every answer is a large tap target and nothing overflows', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('base/en/observer.html');
	for (const target of await page.locator('.tick').all()) {
		const box = (await target.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(44);
		expect(box.width).toBeGreaterThanOrEqual(44);
	}
	expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
	await page.getByLabel('Polling place (name or number)').fill('School 14, station 3');
	await page.locator('.tick').first().click();
	await page.locator('.tick').nth(3).click();
	await page.screenshot({ path: 'test-results/screenshots/observer-phone-answered.png', fullPage: true });
});

for (const locale of ['en', 'ar']) {
	test(`print (${locale}): the report of the self-assessment and the observer's paper form`, async ({ page }) => {
		await page.goto(`base/${locale}/assessment.html`);
		await page.locator('#answer-INC-1 input[value="met"]').check();
		await page.locator('#answer-INC-2 input[value="partly-met"]').check();
		await page.locator('#note-INC-2').fill(locale === 'ar' ? 'اعتُمد البروتوكول ولم يُنشر بعد.' : 'The protocol is adopted but not yet published.');
		await page.locator('#evidence-INC-2').fill('https://example.org/protocol.pdf');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.assessment-form')).toBeHidden();
		await expect(page.locator('.assessment-tools')).toBeHidden();
		// The report's head (edition, version, date, tier) and its answers, around the summary.
		for (const part of await page.locator('.assessment-report').all()) await expect(part).toBeVisible();
		await expect(page.locator('.assessment-summary')).toBeVisible();
		await expect(page.locator('.report-answer')).toHaveCount((await pageData(page)).practices.length);
		await expect(page.locator('[data-out="report-date"]')).not.toBeEmpty();
		await page.screenshot({ path: `test-results/screenshots/assessment-print-${locale}.png`, fullPage: true });
		await page.pdf({ path: `test-results/screenshots/assessment-print-${locale}.pdf`, format: 'A4', printBackground: true });

		await page.emulateMedia({ media: 'screen' });
		await page.goto(`base/${locale}/observer.html`);
		await page.locator('input[value="yes"]').first().check();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.observer-visits')).toBeHidden();
		await page.screenshot({ path: `test-results/screenshots/observer-print-${locale}.png`, fullPage: true });
		await page.pdf({ path: `test-results/screenshots/observer-print-${locale}.pdf`, format: 'A4', printBackground: true });
	});
}
