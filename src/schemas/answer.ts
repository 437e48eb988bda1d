import { z } from 'zod';

/**
 * One self-assessment answer for one practice.
 * "not-applicable" leaves the practice out of the denominator and must say why.
 * @example { "status": "not-applicable", "reason": "No electronic tabulation is used." }
 */
export const answerSchema = z.discriminatedUnion('status', [
	z.strictObject({ status: z.literal('met') }),
	z.strictObject({ status: z.literal('partly-met') }),
	z.strictObject({ status: z.literal('not-met') }),
	z.strictObject({
		status: z.literal('not-applicable'),
		/** Why the practice does not apply. @example Paper ballots are counted by hand; no tabulators exist. */
		reason: z.string({ error: 'Say why this practice does not apply.' }).trim().min(1, { error: 'Say why this practice does not apply; the reason is empty.' }),
	}),
]);

/** Answers keyed by practice ID. A practice with no answer counts as not met. */
export const answerSetSchema = z.record(z.string(), answerSchema);

export type Answer = z.output<typeof answerSchema>;
export type AnswerStatus = Answer['status'];
export type AnswerSet = z.output<typeof answerSetSchema>;
