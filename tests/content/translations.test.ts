/** The shipped translations and UI strings: complete, current, and in step with the code. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import { checkStrings } from '../../src/ui-strings/read-strings-fs.ts';
import { localeStatus } from '../../src/translation/status.ts';
import { uiNamespaces } from '../../src/ui-strings/ui-status-fs.ts';
import { located } from '../support/fixture-project.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { publication } = loadContent(root);

describe('the shipped UI strings', () => {
	it('pass the UI strings check', () => {
		expect(located(checkStrings(root, 'en', publication!.template.locales.map((locale) => locale.code)))).toEqual([]);
	});
});

describe('the shipped translations', () => {
	it('are complete and current', () => {
		for (const locale of ['fr', 'es', 'ar']) {
			const status = localeStatus(publication!, locale, uiNamespaces(root, 'en', locale));
			expect(status.documents.filter((document) => document.state !== 'current').map((document) => document.file), locale).toEqual([]);
		}
	});
});
