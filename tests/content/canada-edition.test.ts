/** The shipped Canada edition: what it adapts, and that it is in step with the base it was written against. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import { staleAdaptations } from '../../src/resolve/drift.ts';
import { editionChapters } from '../../src/resolve/edition-view.ts';

const { publication } = loadContent(path.resolve(import.meta.dirname, '../..'));

describe('the Canada edition', () => {
	const chapters = (locale: string) => editionChapters(publication!, 'ca', locale);
	const practice = (locale: string, id: string) => chapters(locale).flatMap((chapter) => chapter.data.practices).find((candidate) => candidate.id === id)!;

	it('has at least ten adaptations of every required kind', () => {
		const edition = publication!.editions.find((candidate) => candidate.manifest.data.code === 'ca')!;
		const { practices, added, sections } = edition.adaptations.data;
		const terms = Object.keys(edition.manifest.data.terms);
		// Every term of the template, each in every form of en and fr (validation refuses a missing form).
		expect(terms).toEqual(Object.keys(publication!.terms!.data.terms));
		expect(practices.filter((adaptation) => adaptation.note).length).toBeGreaterThanOrEqual(5);
		expect(practices.some((adaptation) => adaptation.notApplicable)).toBe(true);
		expect(added.length).toBeGreaterThanOrEqual(1);
		expect(sections.some((section) => section.mode === 'replace')).toBe(true);
		expect(terms.length + practices.length + added.length + sections.length).toBeGreaterThanOrEqual(10);
	});

	it('resolves terms to Canadian institutions in both languages, and keeps the neutral wording in the base', () => {
		expect(practice('en', 'IAC-1').statement).toContain('include Elections Canada,');
		expect(practice('fr', 'IAC-1').statement).toContain('comprennent Élections Canada,');
		// The forms: "de" + Élections Canada, "à" + le Commissaire.
		expect(practice('fr', 'DAT-4').statement).toContain("Exiger d'Élections Canada");
		expect(practice('fr', 'DAT-4').statement).toContain('notifient au Commissaire à la protection de la vie privée du Canada');
		const base = editionChapters(publication!, 'base', 'en').flatMap((chapter) => chapter.data.practices).find((candidate) => candidate.id === 'IAC-1')!;
		expect(base.statement).toContain('include the election management body,');
		expect(base.mark).toBeUndefined();
	});

	it("says Canada's names, never the neutral wording, in every requirement in en and fr", () => {
		const ca = publication!.editions.find((candidate) => candidate.manifest.data.code === 'ca')!.manifest.data.terms;
		for (const locale of ['en', 'fr']) {
			const neutral = Object.values(publication!.terms!.data.terms).flatMap((term) => Object.values(term.default[locale]!));
			// Canada's own values are taken out first: "the Government of Canada" holds "the government".
			const own = Object.values(ca).flatMap((values) => Object.values(values[locale]!));
			const requirements = chapters(locale)
				.flatMap((chapter) => chapter.data.practices)
				.flatMap((practice) => [practice.title, practice.statement, ...practice.implementation, ...practice.evidence, practice.question ?? ''])
				.map((text) => own.reduce((rest, value) => rest.replaceAll(value, '·'), text));
			for (const phrase of neutral) {
				const pattern = new RegExp(`(?<![\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');
				expect(requirements.filter((text) => pattern.test(text)), `${locale}: ${phrase}`).toEqual([]);
			}
		}
		const mentions = (locale: string, name: RegExp) => chapters(locale).flatMap((chapter) => chapter.data.practices).reduce((sum, practice) => sum + (practice.statement.match(name)?.length ?? 0), 0);
		expect(mentions('en', /Elections Canada/g)).toBeGreaterThan(25);
		expect(mentions('fr', /Élections Canada/g)).toBeGreaterThan(25);
	});

	it('marks every change: notes, a new statement, not applicable with its reason, an added practice, a replaced section', () => {
		expect(practice('en', 'INC-2').mark).toMatchObject({ kind: 'adapted', changes: ['note'] });
		expect(practice('en', 'PLT-3').mark?.changes).toEqual(['statement', 'note']);
		expect(practice('fr', 'TEC-3').mark?.notApplicable).toContain('dépouillés à la main');
		const dat = chapters('en').find((chapter) => chapter.data.slug === 'voter-data-and-party-privacy')!;
		expect(dat.data.practices.at(-1)).toMatchObject({ id: 'CA-DAT-1', mark: { kind: 'added' }, points: 2 });
		expect(practice('en', 'DAT-6')).toMatchObject({ bonus: 1 });
		const inc = chapters('fr').find((chapter) => chapter.data.slug === 'critical-incident-protocol')!;
		expect(inc.sections).toEqual([expect.objectContaining({ mode: 'replace', anchor: 'adapting', id: 'adapting', title: 'Application de ce chapitre au Canada' })]);
	});
});


describe('the shipped editions', () => {
	it('have no stale adaptation', () => {
		expect(staleAdaptations(publication!)).toEqual([]);
	});
});
