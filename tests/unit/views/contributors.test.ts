/** The Contributors page: authors, the edition's team and each language's translators, with chapter titles in the reader's language. */
import { describe, expect, it } from 'vitest';
import { contributorsView } from '../../../src/views/contributors.ts';
import { miniPublication } from './mini-publication.ts';

describe('contributorsView', () => {
	it("credits the base chapters' authors once each, and the translators of every other language", () => {
		expect(contributorsView(miniPublication(), 'base', 'en')).toEqual({
			authors: [
				{
					name: 'Émile Durand',
					chapters: [
						{ slug: 'alpha', title: 'Chapter ALP' },
						{ slug: 'beta', title: 'Chapter BET' },
					],
				},
				{ name: 'Zoë Rossi', organisation: 'Observatory', chapters: [{ slug: 'alpha', title: 'Chapter ALP' }] },
			],
			editionTeam: [],
			translators: [{ locale: 'fr', people: [{ name: 'Amélie Martin', chapters: [{ slug: 'alpha', title: 'Chapter ALP' }] }] }],
		});
	});

	it("adds the authors of the edition's own chapters and its team, each person once", () => {
		const view = contributorsView(miniPublication(), 'xx', 'en');
		expect(view.authors[0]).toEqual({ name: 'Ava Exe', chapters: [{ slug: 'local', title: 'Chapter XX-LOC' }] });
		expect(view.editionTeam).toEqual([{ name: 'Ava Exe' }, { name: 'Yann Exe', organisation: 'Exland Commission' }]);
	});

	it("titles chapters in the reader's language, the source title where there is no translation", () => {
		const view = contributorsView(miniPublication(), 'xx', 'fr');
		expect(view.authors[0]).toEqual({
			name: 'Émile Durand',
			chapters: [
				{ slug: 'alpha', title: 'Chapitre ALP' },
				{ slug: 'beta', title: 'Chapter BET' },
			],
		});
		expect(view.translators).toEqual([{ locale: 'fr', people: [{ name: 'Amélie Martin', chapters: [{ slug: 'alpha', title: 'Chapitre ALP' }] }] }]);
	});

	it('leaves out a language nobody translated', () => {
		const publication = miniPublication();
		publication.translations.chapters = [];
		expect(contributorsView(publication, 'base', 'en').translators).toEqual([]);
	});
});
