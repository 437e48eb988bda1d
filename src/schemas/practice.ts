import { z } from 'zod';
import { PRACTICE_ID } from './practice-id.ts';
import { tierIdSchema } from './tier.ts';

export { parsePracticeId } from './practice-id.ts';

const text = (what: string) =>
	z
		.string({ error: `Write the ${what}.` })
		.trim()
		.min(1, { error: `Write the ${what}; it is empty.` });

/**
 * The fields that place a practice in the scheme: shared by the template's
 * practices and the practices an edition adds, so both follow one set of
 * rules (compare Starlight's schema factories).
 */
export const practiceClassShape = {
	/** The tier the practice belongs to. @example silver */
	tier: tierIdSchema,
	/** A prerequisite is a gate for its tier; a credit earns points. @example credit */
	kind: z.enum(['prerequisite', 'credit'], { error: 'Set kind to prerequisite or credit.' }),
	/** Points a credit earns, 1 to 3. Prerequisites carry none. @example 2 */
	points: z.number().int().min(1).max(3).optional(),
	/** True when a citizen observer can see it on election day. @example true */
	observable: z.boolean({ error: 'Set observable to true or false: can a citizen observer see this on the day?' }),
	/** Free keywords for filtering. @example [audit, paper-ballots] */
	tags: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Write tags in kebab-case, for example paper-ballots.' })).default([]),
};

type PracticeClass = { kind: 'prerequisite' | 'credit'; points?: number | undefined; observable: boolean };

/**
 * The rules that tie a practice's class together: a credit has points and a
 * prerequisite none; an observable practice, and only one, has the question a
 * citizen observer answers.
 * @param questions where the question is written: once for a template practice, once per locale for an added one
 */
export function checkPracticeClass(practice: PracticeClass, questions: ReadonlyArray<{ path: PropertyKey[]; written: boolean }>, context: z.core.$RefinementCtx): void {
	if (practice.kind === 'prerequisite' && practice.points !== undefined) {
		context.addIssue({ code: 'custom', path: ['points'], message: 'A prerequisite is a gate and carries no points. Remove `points`, or make the practice a credit.' });
	}
	if (practice.kind === 'credit' && practice.points === undefined) {
		context.addIssue({ code: 'custom', path: ['points'], message: 'A credit must say how many points it earns. Add `points: 1`, `2` or `3`.' });
	}
	for (const question of questions) {
		if (practice.observable && !question.written) {
			context.addIssue({
				code: 'custom',
				path: question.path,
				message:
					'An observable practice needs the question a citizen observer answers yes or no, for example "Is the count being recorded on video?". Add `question:`, or set observable to false.',
			});
		}
		if (!practice.observable && question.written) {
			context.addIssue({
				code: 'custom',
				path: question.path,
				message: 'Only an observable practice has an observer question. Remove `question`, or set observable to true if a citizen observer can see this on the day.',
			});
		}
	}
}

/** One verifiable requirement of the template. */
export const practiceSchema = z
	.strictObject({
		/** Stable ID: the chapter code, a hyphen and a number. Never reused. @example INC-3 */
		id: z.string({ error: 'Give the practice an ID such as INC-3.' }).regex(PRACTICE_ID, {
			error: 'Write the practice ID as the chapter code, a hyphen and a number from 1, for example INC-3.',
		}),
		/** Short title, 3 to 8 words. @example Publish the incident threshold */
		title: text('practice title'),
		/** One imperative sentence that an assessor can answer yes or no. @example Publish, before the election period, the threshold ... */
		statement: text('statement'),
		/** Why the practice matters and what threat it answers. */
		rationale: text('rationale'),
		/** Concrete steps, imperative. @example ["Name the panel members by office."] */
		implementation: z.array(text('implementation step'), { error: 'List the implementation steps.' }).min(1, { error: 'List at least one implementation step.' }),
		/** What an assessor inspects to confirm the practice. @example ["The signed protocol, dated before the election period."] */
		evidence: z.array(text('evidence item'), { error: 'List the evidence an assessor checks.' }).min(1, { error: 'List at least one piece of evidence.' }),
		...practiceClassShape,
		/**
		 * For an observable practice only: the question a citizen observer answers yes or no at a
		 * polling place or a count. It becomes one line of the observer checklist.
		 * @example Is the count being recorded on video?
		 */
		question: text('observer question').optional(),
	})
	.superRefine((practice, context) => checkPracticeClass(practice, [{ path: ['question'], written: practice.question !== undefined }], context));

export type Practice = z.output<typeof practiceSchema>;
export type PracticeKind = Practice['kind'];
