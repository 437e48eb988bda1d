/** The manifest of the shipped publication: its editions, locales and pages, in step with the routes. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import { buildManifest } from '../../src/build/manifest.ts';
import { siteRoutes } from '../../src/site/routes.ts';

const { publication } = loadContent(path.resolve(import.meta.dirname, '../..'));
const manifest = buildManifest(publication!);
const english = manifest.editions[0]!.locales[0]!;

describe('manifest', () => {
	it('lists the base edition as the default edition, with its locales', () => {
		expect(manifest.editions.map((edition) => [edition.code, edition.base])).toEqual([
			['base', true],
			['ca', false],
		]);
		expect(manifest.editions[1]!.locales.map((locale) => locale.code)).toEqual(['en', 'fr']);
		expect(manifest.editions[1]!.locales[0]!.pages.map((page) => page.kind)).toContain('adaptations');
		expect(english).toMatchObject({ code: 'en', name: 'English', dir: 'ltr' });
		expect(manifest.template.version).toBe(publication!.template.version);
	});

	it('lists every page as a relative .html path under /<edition>/<locale>/', () => {
		for (const page of english.pages) expect(page.path).toMatch(/^base\/en\/[a-z0-9-]+\.html$/);
		expect(english.pages.map((page) => page.kind).filter((kind) => kind !== 'chapter')).toEqual([
			'home',
			'introduction',
			'practices',
			'certification',
			'assessment',
			'observer',
			'glossary',
			'contributors',
			'translation-status',
			'downloads',
			'search',
		]);
	});

	it('places every practice ID on exactly one chapter page, in chapter order', () => {
		const chapterIds = english.pages.filter((page) => page.kind === 'chapter').flatMap((page) => page.practiceIds);
		const sourceIds = publication!.chapters
			.filter((chapter) => chapter.locale === 'en')
			.sort((a, b) => a.data.order - b.data.order)
			.flatMap((chapter) => chapter.data.practices.map((practice) => practice.id));
		expect(chapterIds).toEqual(sourceIds);
		expect(new Set(chapterIds).size).toBe(chapterIds.length);
		expect(english.pages.find((page) => page.kind === 'practices')?.practiceIds).toEqual(sourceIds);
	});

	it('agrees with the routes the site is built from', () => {
		const listed = manifest.editions.flatMap((edition) => edition.locales.flatMap((locale) => locale.pages.map((page) => page.path)));
		expect(listed).toEqual(siteRoutes(publication!).map((route) => route.file));
	});

	it('publishes every page in every language, with the same practices in each', () => {
		expect(manifest.editions[0]!.locales.map((locale) => [locale.code, locale.dir])).toEqual([
			['en', 'ltr'],
			['fr', 'ltr'],
			['es', 'ltr'],
			['ar', 'rtl'],
		]);
		const shape = (code: string) =>
			manifest.editions[0]!.locales.find((locale) => locale.code === code)!.pages.map((page) => [page.path.split('/').slice(2).join('/'), page.practiceIds]);
		for (const code of ['fr', 'es', 'ar']) expect(shape(code)).toEqual(shape('en'));
	});

	it('contains no timestamps, so the same content gives the same bytes', () => {
		expect(JSON.stringify(buildManifest(publication!))).toBe(JSON.stringify(manifest));
		expect(JSON.stringify(manifest)).not.toMatch(/T\d{2}:\d{2}/);
	});
});
