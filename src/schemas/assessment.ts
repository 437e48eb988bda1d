/**
 * The files a reader keeps and exports from the self-assessment tool and the
 * citizen-observer checklist. Written with `zod/mini`, not `zod`, because the
 * browser validates an imported file with these very schemas and the classic
 * API would triple the size of the page's script. The build publishes them as
 * JSON Schema (`schemas/self-assessment.schema.json`,
 * `schemas/observer-visits.schema.json`).
 */
import * as z from 'zod/mini';
import { ASSESSMENT_FORMAT, ASSESSMENT_SCHEMA_VERSION, OBSERVER_FORMAT, OBSERVER_SCHEMA_VERSION } from './assessment-names.ts';
import type { AnswerStatus } from './answer.ts';

/** The four answers, in the order the form offers them. The same values as `answerSchema` in answer.ts. */
export const answerStatuses = ['met', 'partly-met', 'not-met', 'not-applicable'] as const satisfies readonly AnswerStatus[];
/** Fails to compile if scoring knows a status that the list above lacks. */
export type EveryStatusListed = [Exclude<AnswerStatus, (typeof answerStatuses)[number]>] extends [never] ? true : never;
export const everyStatusListed: EveryStatusListed = true;

const templateVersion = z.string().check(z.regex(/^\d+\.\d+\.\d+$/));

/** What the reader entered for one practice. Every field is optional: a note may come before the answer. */
export const assessmentEntrySchema = z.strictObject({
	/** @example partly-met */
	status: z.optional(z.enum(answerStatuses)),
	/** Why the practice does not apply; with status not-applicable. @example Ballots are counted by hand; no tabulators exist. */
	reason: z.optional(z.string()),
	/** The reader's own note. @example The protocol is drafted; the board adopts it in March. */
	note: z.optional(z.string()),
	/** A link to, or a reference for, the evidence. @example https://example.org/incident-protocol.pdf */
	evidence: z.optional(z.string()),
});

/** An exported self-assessment (`self-assessment-<edition>-<version>.json`), and what the page keeps in the browser. */
export const assessmentFileSchema = z.strictObject({
	/** Where the JSON Schema is published. */
	$schema: z.optional(z.string()),
	/** @example clean-elections-template/self-assessment */
	format: z.literal(ASSESSMENT_FORMAT),
	/** @example 1 */
	schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
	/** The template version the answers were given against. @example 1.0.0 */
	template: templateVersion,
	/** The edition assessed. @example ca */
	edition: z.string(),
	/** The language the page was read in. @example fr */
	locale: z.string(),
	/** When the file was written, as an ISO 8601 date and time. @example 2026-11-25T09:30:00.000Z */
	saved: z.string(),
	/** Answers keyed by practice ID. A practice with no entry is unanswered. */
	answers: z.record(z.string(), assessmentEntrySchema),
});

/** One visit of a citizen observer to a polling place or a count. */
export const observerVisitSchema = z.strictObject({
	/** Stable within the file. @example v-1764063000000 */
	id: z.string(),
	/** The polling place, by name or number. @example School 14, station 3 */
	place: z.string(),
	/** Date and time of the visit, as the observer wrote them. @example 29/11/2026 19:40 */
	time: z.string(),
	/** Answers keyed by practice ID. A question with no entry was not answered. */
	answers: z.record(z.string(), z.enum(['yes', 'no'])),
	/** Anything else the observer wants the mission to know. */
	remarks: z.optional(z.string()),
});

/** The visits an observer exports (`observer-visits-<edition>-<version>.json`) and sends to the observation mission. */
export const observerFileSchema = z.strictObject({
	/** Where the JSON Schema is published. */
	$schema: z.optional(z.string()),
	/** @example clean-elections-template/observer-visits */
	format: z.literal(OBSERVER_FORMAT),
	/** @example 1 */
	schemaVersion: z.literal(OBSERVER_SCHEMA_VERSION),
	/** The template version of the checklist. @example 1.0.0 */
	template: templateVersion,
	/** The edition whose checklist was used. @example base */
	edition: z.string(),
	/** The language of the questions. @example ar */
	locale: z.string(),
	/** When the file was written, as an ISO 8601 date and time. @example 2026-11-29T21:05:00.000Z */
	saved: z.string(),
	/** The questions as the observer read them, so that the file explains itself. */
	questions: z.array(z.strictObject({ id: z.string(), question: z.string() })),
	visits: z.array(observerVisitSchema),
});

export type AssessmentEntry = z.output<typeof assessmentEntrySchema>;
export type AssessmentFile = z.output<typeof assessmentFileSchema>;
export type ObserverVisit = z.output<typeof observerVisitSchema>;
export type ObserverFile = z.output<typeof observerFileSchema>;
