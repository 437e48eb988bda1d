/** Every "adapted" or "added" badge of an edition's chapter pages links to the part of its adaptations page that explains it. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import type { Publication } from '../../src/content/types.ts';
import { editionChapters } from '../../src/resolve/edition-view.ts';
import { adaptationsView } from '../../src/views/adaptations.ts';

const { publication } = loadContent(path.resolve(import.meta.dirname, '../..'));

/** The anchors that src/pages/[edition]/[locale]/adaptations.astro gives its comparisons and its list of the edition's own chapters. */
function adaptationsAnchors(shown: Publication, edition: string, locale: string): Set<string> {
	const view = adaptationsView(shown, edition, locale);
	return new Set([
		...view.chapters.map((chapter) => `chapter-${chapter.slug}`),
		...view.practices.map((item) => `practice-${item.after.id}`),
		...view.added.map((item) => `practice-${item.practice.id}`),
	]);
}

/** The Canada edition with a chapter of its own, made from a base chapter under a new code and slug. */
function withOwnChapter(): Publication {
	const base = publication!.chapters.find((chapter) => chapter.data.slug === 'voter-data-and-party-privacy' && chapter.locale === 'en')!;
	const own = {
		...base,
		data: {
			...base.data,
			slug: 'local-registration-offices',
			code: 'LOC',
			practices: base.data.practices.map((practice, index) => ({ ...practice, id: `CA-LOC-${index + 1}` })),
		},
	};
	return {
		...publication!,
		editions: publication!.editions.map((edition) => (edition.manifest.data.code === 'ca' ? { ...edition, chapters: [own] } : edition)),
	};
}

describe('edition badges', () => {
	it('link every adapted and added practice of the Canada edition to its comparison', () => {
		const anchors = adaptationsAnchors(publication!, 'ca', 'en');
		const marks = editionChapters(publication!, 'ca', 'en').flatMap((chapter) => chapter.data.practices.flatMap((practice) => practice.mark ?? []));
		expect(marks.length).toBeGreaterThan(5);
		for (const mark of marks) expect(anchors).toContain(mark.anchor);
	});

	it("link a practice of the edition's own chapter to that chapter in the list of chapters added, which has no comparison per practice", () => {
		const shown = withOwnChapter();
		const own = editionChapters(shown, 'ca', 'en').find((chapter) => chapter.own)!;
		expect(own.data.practices.map((practice) => practice.mark?.anchor)).toEqual(own.data.practices.map(() => 'chapter-local-registration-offices'));
		expect(adaptationsAnchors(shown, 'ca', 'en')).toContain('chapter-local-registration-offices');
	});
});
