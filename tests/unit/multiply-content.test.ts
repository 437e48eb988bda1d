/**
 * The benchmark's content multiplier (scripts/support/multiply-content.ts),
 * so that npm run bench -- --scale cannot rot: content multiplied by 2 passes
 * every check of npm run check, with twice the chapters and practices, in
 * every locale and edition, translations and adaptations still current.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/build/check-project.ts';
import type { ProjectCheck } from '../../src/build/check-project.ts';
import { staleAdaptations } from '../../src/resolve/drift.ts';
import { multiplyContent } from '../../scripts/support/multiply-content.ts';
import { copyProject, PROJECT_ROOT } from '../support/project-copy.ts';

const practicesOf = (check: ProjectCheck) => check.publication!.chapters.flatMap((chapter) => chapter.data.practices);

describe('the content multiplier', () => {
	let work: string;
	let before: ProjectCheck;
	let after: ProjectCheck;
	beforeAll(() => {
		before = checkProject(PROJECT_ROOT);
		work = copyProject('multiply', ['content', 'locales', 'src']);
		multiplyContent(work, 2);
		after = checkProject(work);
	}, 60_000);
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('writes content that passes npm run check, with no new warning', () => {
		expect(after.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
		expect(after.diagnostics.length).toBe(before.diagnostics.length);
		expect(staleAdaptations(after.publication!)).toEqual([]);
	});

	it('doubles the chapters and the practices, with unique codes and IDs', () => {
		expect(after.publication!.chapters).toHaveLength(2 * before.publication!.chapters.length);
		expect(practicesOf(after)).toHaveLength(2 * practicesOf(before).length);
		expect(new Set(after.publication!.chapters.map((chapter) => chapter.data.code)).size).toBe(after.publication!.chapters.length);
	});

	it('doubles the translations and the adaptations that name a chapter', () => {
		expect(after.publication!.translations.chapters).toHaveLength(2 * before.publication!.translations.chapters.length);
		const adaptations = (check: ProjectCheck) =>
			check.publication!.editions.map((edition) => [edition.adaptations.data.practices.length, edition.adaptations.data.added.length, edition.adaptations.data.sections.length]);
		expect(adaptations(after)).toEqual(adaptations(before).map((counts) => counts.map((count) => 2 * count)));
	});

	it('refuses a scale that is not a whole number from 1', () => {
		expect(() => multiplyContent(work, 0)).toThrow('The scale must be a whole number from 1, not 0.');
	});
});
