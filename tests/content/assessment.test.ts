/** The shipped practices as the self-assessment and the observer checklist present them. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentChapters, observerQuestions } from '../../src/assessment/page-data.ts';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import { score } from '../../src/scoring/score.ts';

const { publication } = loadContent(path.resolve(import.meta.dirname, '../..'));

describe('the practices the tool assesses', () => {
	it('are those of the edition, adaptations applied: pre-set not-applicable practices, added practices and regional priorities', () => {
		const practices = assessmentChapters(publication!, 'ca', 'fr').flatMap((chapter) => chapter.practices);
		expect(practices).toHaveLength(82);
		expect(practices.find((practice) => practice.id === 'TEC-3')?.notApplicable).toContain('dépouillés à la main');
		expect(practices.find((practice) => practice.id === 'CA-DAT-1')).toMatchObject({ chapter: 'DAT', tier: 'gold', kind: 'credit', points: 2 });
		expect(practices.find((practice) => practice.id === 'DAT-6')?.bonus).toBe(1);
		// The same module scores them: a met regional priority earns its bonus on top of its points.
		const rules = publication!.template.scoring;
		const without = score(practices, {}, rules).points;
		const withBonus = score(practices, { 'DAT-6': { status: 'met' } }, rules).points;
		expect(withBonus.earned - without.earned).toBe(practices.find((practice) => practice.id === 'DAT-6')!.points! + 1);
	});

	it('ask the observer one question per observable practice that applies, in the reader\'s language', () => {
		const english = observerQuestions(publication!, 'base', 'en');
		expect(english.map((question) => question.id)).toEqual(['TEC-1', 'TEC-5', 'CNT-1', 'CNT-2', 'CNT-3', 'CNT-4', 'OBS-6']);
		expect(english.find((question) => question.id === 'CNT-3')?.question).toBe('Is the count being recorded on video, with a notice telling those present?');
		for (const locale of ['fr', 'es', 'ar']) {
			const questions = observerQuestions(publication!, 'base', locale);
			expect(questions.map((question) => question.id)).toEqual(english.map((question) => question.id));
			for (const [index, question] of questions.entries()) expect(question.question).not.toBe(english[index]!.question);
		}
		expect(observerQuestions(publication!, 'base', 'ar').find((question) => question.id === 'CNT-3')?.question).toMatch(/؟$/);
	});
});
