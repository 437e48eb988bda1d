import type { Practice } from '../schemas/practice.ts';

/** The fields of a practice that a translator translates; everything else comes from the source. */
export const translatablePracticeFields = ['title', 'statement', 'rationale', 'implementation', 'evidence', 'question'] as const;

export type TranslatablePractice = Pick<Practice, 'id' | (typeof translatablePracticeFields)[number]>;

export function translatablePractice(practice: Practice): TranslatablePractice {
	const { id, title, statement, rationale, implementation, evidence, question } = practice;
	// Only observable practices have a question; leaving the key out keeps the hashes of the others as they were.
	return { id, title, statement, rationale, implementation, evidence, ...(question !== undefined ? { question } : {}) };
}
