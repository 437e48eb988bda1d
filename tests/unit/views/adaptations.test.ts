/** The Adaptations page: what an edition changed, each change beside the base text it replaces. */
import { renderSectionMarkdown } from '../../../src/markdown/section-markdown.ts';
import { describe, expect, it } from 'vitest';
import { adaptationsView } from '../../../src/views/adaptations.ts';
import { miniPublication } from './mini-publication.ts';

describe('adaptationsView', () => {
	const view = adaptationsView(miniPublication(), 'xx', 'en');

	it('names the pinned version, the publisher, the chapters the edition adds and its term values beside the neutral ones', () => {
		expect(view).toMatchObject({ templateVersion: '1.2.0', pinned: '1.1.0', publisher: 'Exland Commission', unchanged: false });
		expect(view.chapters).toEqual([{ slug: 'local', code: 'XX-LOC', title: 'Chapter XX-LOC', practiceCount: 2 }]);
		expect(view.terms).toEqual([{ id: 'emb', base: 'the election management body', edition: 'the Exland Commission' }]);
	});

	it('pairs each adapted practice with its base text and lists what changed', () => {
		const pairs = view.practices.map(({ chapter, before, after, changes }) => ({
			chapter,
			before: [before.statement, before.tier],
			after: [after.statement, after.tier],
			changes,
		}));
		expect(pairs).toEqual([
			{ chapter: { slug: 'alpha', title: 'Chapter ALP' }, before: ['Practice ALP-2.', 'silver'], after: ['Exland statement.', 'gold'], changes: ['statement', 'tier'] },
			{ chapter: { slug: 'beta', title: 'Chapter BET' }, before: ['Practice BET-2.', 'platinum'], after: ['Practice BET-2.', 'platinum'], changes: ['not-applicable'] },
		]);
		expect(view.practices[1]!.after.mark?.notApplicable).toBe('No such body here.');
	});

	it('lists the practices added to base chapters, and the regional priorities with their bonus', () => {
		expect(view.added.map(({ chapter, practice }) => [chapter.slug, practice.id, practice.title])).toEqual([['alpha', 'XX-ALP-1', 'Local rule']]);
		expect(view.priorities?.map(({ chapter, practice }) => [chapter.slug, practice.id, practice.bonus, practice.bonusReason])).toEqual([['alpha', 'ALP-3', 2, 'Local need.']]);
	});

	it('gives a replaced section beside the base one, terms resolved to the neutral value; the comparison shows it without heading anchors', () => {
		expect(view.sections[0]).toEqual({
			chapter: { slug: 'alpha', title: 'Chapter ALP' },
			overlay: { mode: 'replace', anchor: 'adapting', id: 'adapting', title: 'Adapting in Exland', markdown: 'Write to **us**.' },
			before: expect.stringContaining('Ask *your* the election management body.'),
		});
		expect(renderSectionMarkdown(view.sections[0]!.before!, { headingAnchors: false })).toBe(
			'<h2>Adapting</h2>\n<p>Ask <em>your</em> the election management body.</p>\n<h3>Detail</h3>\n<p>More.</p>\n',
		);
		expect(renderSectionMarkdown(view.sections[0]!.overlay.markdown)).toBe('<p>Write to <strong>us</strong>.</p>\n');
	});

	it('gives an appended section no base text', () => {
		expect(view.sections[1]).toMatchObject({ chapter: { slug: 'beta' }, overlay: { mode: 'append', id: 'exland-notes', title: 'Exland <notes>' }, before: undefined });
	});

	it("takes the base side from the reader's translation", () => {
		const french = adaptationsView(miniPublication(), 'xx', 'fr');
		expect(renderSectionMarkdown(french.sections[0]!.before!, { headingAnchors: false })).toBe('<h2>Adapter</h2>\n<p>Demandez à l’organisme électoral.</p>\n');
		expect(french.publisher).toBe('Commission d’Exlande');
		expect(french.chapters).toEqual([]);
	});

	it('says when an edition changes nothing, and has no priorities section without regional priorities', () => {
		const publication = miniPublication();
		const edition = publication.editions[0]!;
		edition.adaptations.data = { ...edition.adaptations.data, practices: [], added: [], sections: [] };
		edition.manifest.data = { ...edition.manifest.data, terms: {}, regionalPriorities: [] };
		edition.chapters = [];
		const empty = adaptationsView(publication, 'xx', 'en');
		expect(empty).toMatchObject({ unchanged: true, chapters: [], terms: [], practices: [], added: [], sections: [], priorities: undefined });
	});

	it('refuses the base edition, which has nothing to compare', () => {
		expect(() => adaptationsView(miniPublication(), 'base', 'en')).toThrow(/No edition base/);
	});
});
