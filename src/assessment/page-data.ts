/**
 * What the self-assessment and observer pages render, and the data their
 * scripts read from the page. The practices come from `practicesExport`, the
 * one view of an edition's practices with its adaptations applied that every
 * export uses, so the tool assesses exactly what the downloads list.
 *
 * The scripts get everything embedded in the page (a `<script
 * type="application/json">`): a page opened from `file://` cannot fetch.
 * Their words are the reader's, translated here by i18next at build time.
 */
import type { TFunction } from 'i18next';
import type { Publication } from '../content/types.ts';
import { practicesExport } from '../views/practice-view.ts';
import { answerStatuses } from '../schemas/assessment.ts';
import type { ScoringRules } from '../schemas/template.ts';
import { tierIds, type TierId } from '../schemas/tier.ts';
import type { ScorablePractice } from '../scoring/score.ts';

/** Where the browser keeps the answers: one place per edition and template version, whatever the language. */
export const storageKey = (tool: 'assessment' | 'observer', edition: string, template: string) => `cet:${tool}:${edition}:${template}`;

export interface AssessmentPractice extends ScorablePractice {
	title: string;
	statement: string;
	/** The edition's reason, when the edition marks the practice not applicable: the answer arrives pre-set. */
	notApplicable?: string;
}

export interface AssessmentChapter {
	code: string;
	slug: string;
	title: string;
	practices: AssessmentPractice[];
}

export interface ObserverQuestion {
	id: string;
	question: string;
	/** The practice it checks. */
	title: string;
	chapter: string;
}

/** The chapters and practices one edition is assessed on, in one locale: edition practices and regional-priority bonuses included. */
export function assessmentChapters(publication: Publication, edition: string, locale: string): AssessmentChapter[] {
	return practicesExport(publication, edition, locale).chapters.map((chapter) => ({
		code: chapter.code,
		slug: chapter.slug,
		title: chapter.title,
		practices: chapter.practices.map((practice) => ({
			id: practice.id,
			chapter: chapter.code,
			title: practice.title,
			statement: practice.statement,
			tier: practice.tier,
			kind: practice.kind,
			...(practice.points !== undefined ? { points: practice.points } : {}),
			...(practice.bonus ? { bonus: practice.bonus } : {}),
			...(practice.status === 'not-applicable' ? { notApplicable: practice.reason ?? '' } : {}),
		})),
	}));
}

/** The observer checklist: one yes-or-no question per observable practice that applies in the edition. */
export function observerQuestions(publication: Publication, edition: string, locale: string): ObserverQuestion[] {
	return practicesExport(publication, edition, locale).chapters.flatMap((chapter) =>
		chapter.practices
			.filter((practice) => practice.observable && practice.question && practice.status !== 'not-applicable')
			.map((practice) => ({ id: practice.id, question: practice.question!, title: practice.title, chapter: chapter.slug })),
	);
}

/** The words the self-assessment script shows, in the reader's language. */
export function assessmentStrings(t: TFunction) {
	return {
		tiers: Object.fromEntries(tierIds.map((tier) => [tier, t(`reading:tier.${tier}`)])) as Record<TierId, string>,
		statuses: Object.fromEntries(answerStatuses.map((status) => [status, t(`assessment:status.${status}`)])) as Record<(typeof answerStatuses)[number], string>,
		tierNone: t('assessment:summary.tierNone'),
		answered: t('assessment:summary.answered'),
		points: t('assessment:summary.points'),
		ratio: t('assessment:summary.ratio'),
		reached: t('assessment:summary.reached'),
		notReached: t('assessment:summary.notReached'),
		nextTier: t('assessment:summary.nextTier'),
		nextTop: t('assessment:summary.nextTop'),
		missingPrerequisite: t('assessment:summary.missingPrerequisite'),
		pointsNeeded: t('assessment:summary.pointsNeeded'),
		confirmClear: t('assessment:tools.confirmClear'),
		confirmReplace: t('assessment:tools.confirmReplace'),
		cleared: t('assessment:tools.cleared'),
		imported: t('assessment:tools.imported'),
		migrated: t('assessment:tools.migrated'),
		dropped: t('assessment:tools.dropped'),
		storageUnavailable: t('assessment:tools.storageUnavailable'),
		moreIds: t('assessment:tools.moreIds'),
		problems: {
			'too-large': t('assessment:problem.too-large'),
			'no-answers': t('assessment:problem.no-answers'),
			'unknown-practices': t('assessment:problem.unknown-practices'),
			'not-json': t('assessment:problem.not-json'),
			'other-tool': t('assessment:problem.other-tool'),
			'newer-format': t('assessment:problem.newer-format'),
			'other-edition': t('assessment:problem.other-edition'),
			'newer-template': t('assessment:problem.newer-template'),
			invalid: t('assessment:problem.invalid'),
		},
		unchanged: t('assessment:problem.unchanged'),
		unanswered: t('assessment:report.unanswered'),
		reason: t('assessment:report.reason'),
		note: t('assessment:report.note'),
		evidence: t('assessment:report.evidence'),
	};
}

export type AssessmentStrings = ReturnType<typeof assessmentStrings>;

/** Everything the self-assessment script reads from the page. */
export interface AssessmentPageData {
	edition: string;
	template: string;
	locale: string;
	storageKey: string;
	rules: ScoringRules;
	chapters: Array<{ code: string; title: string }>;
	practices: Array<Omit<AssessmentPractice, 'statement'>>;
	strings: AssessmentStrings;
}

export function assessmentPageData(publication: Publication, edition: string, locale: string, chapters: readonly AssessmentChapter[], t: TFunction): AssessmentPageData {
	const { template } = publication;
	return {
		edition,
		template: template.version,
		locale,
		storageKey: storageKey('assessment', edition, template.version),
		rules: template.scoring,
		chapters: chapters.map((chapter) => ({ code: chapter.code, title: chapter.title })),
		// The statements are on the page already; the script needs only what it scores and names.
		practices: chapters.flatMap((chapter) => chapter.practices.map(({ statement: _statement, ...practice }) => practice)),
		strings: assessmentStrings(t),
	};
}

/** The words the observer script shows, in the reader's language. */
export function observerStrings(t: TFunction) {
	return {
		yes: t('assessment:observer.yes'),
		no: t('assessment:observer.no'),
		visitSummary: t('assessment:observer.visitSummary'),
		unnamedPlace: t('assessment:observer.unnamedPlace'),
		noTime: t('assessment:observer.noTime'),
		current: t('assessment:observer.current'),
		open: t('assessment:observer.open'),
		delete: t('assessment:observer.delete'),
		confirmDelete: t('assessment:observer.confirmDelete'),
		storageUnavailable: t('assessment:tools.storageUnavailable'),
	};
}

export type ObserverStrings = ReturnType<typeof observerStrings>;

export interface ObserverPageData {
	edition: string;
	template: string;
	locale: string;
	storageKey: string;
	questions: Array<{ id: string; question: string }>;
	strings: ObserverStrings;
}

export function observerPageData(publication: Publication, edition: string, locale: string, questions: readonly ObserverQuestion[], t: TFunction): ObserverPageData {
	const version = publication.template.version;
	return {
		edition,
		template: version,
		locale,
		storageKey: storageKey('observer', edition, version),
		questions: questions.map(({ id, question }) => ({ id, question })),
		strings: observerStrings(t),
	};
}
