/**
 * The self-assessment's answers as data: turning them into what scoring
 * reads, and reading an imported file (check, then carry over). Pure: no DOM,
 * no storage, no clock, so the page, the build and the unit tests share it.
 */
import * as z from 'zod/mini';
import type { AnswerSet } from '../schemas/answer.ts';
import { assessmentFileSchema, type AssessmentEntry, type AssessmentFile } from '../schemas/assessment.ts';
import { ASSESSMENT_FORMAT, ASSESSMENT_SCHEMA_VERSION } from '../schemas/assessment-names.ts';

/** What the reader entered, keyed by practice ID. */
export type Entries = Record<string, AssessmentEntry>;

/**
 * The answers scoring counts. A practice answered "not applicable" with no
 * reason is left unanswered (so it counts as not met) until the reader gives
 * one: the template never lets a practice leave the denominator silently.
 */
export function answerSet(entries: Entries): AnswerSet {
	const answers: AnswerSet = {};
	for (const [id, entry] of Object.entries(entries)) {
		const { status } = entry;
		if (!status) continue;
		if (status !== 'not-applicable') answers[id] = { status };
		else if (entry.reason?.trim()) answers[id] = { status, reason: entry.reason.trim() };
	}
	return answers;
}

/** Entries with empty fields and empty entries dropped, so that equal answers give equal files. */
export function compactEntries(entries: Entries): Entries {
	const compact: Entries = {};
	for (const [id, entry] of Object.entries(entries)) {
		const kept: AssessmentEntry = {};
		if (entry.status) kept.status = entry.status;
		for (const field of ['reason', 'note', 'evidence'] as const) if (entry[field]?.trim()) kept[field] = entry[field];
		if (Object.keys(kept).length) compact[id] = kept;
	}
	return compact;
}

export interface AssessmentTarget {
	edition: string;
	/** The template version of the page. @example 1.0.0 */
	template: string;
	/** Every practice ID the page assesses. */
	practiceIds: readonly string[];
}

/** Why a file was refused. Each becomes one localized message that says what differs. */
export type ImportProblem =
	| { code: 'not-json' }
	| { code: 'other-tool' }
	| { code: 'newer-format'; found: number; expected: number }
	| { code: 'other-edition'; found: string; expected: string }
	| { code: 'newer-template'; found: string; expected: string }
	| { code: 'invalid'; field: string };

export type ImportResult =
	| {
			ok: true;
			entries: Entries;
			/** The file's template version, when it is older than the page's and its answers were carried over. */
			migratedFrom?: string;
			/** Answered practice IDs that this page does not have (withdrawn, or from a tampered file), sorted. */
			dropped: string[];
	  }
	| { ok: false; problem: ImportProblem };

/** -1, 0 or 1 as version a is older, the same or newer than b (MAJOR.MINOR.PATCH). */
export function compareVersions(a: string, b: string): number {
	const left = a.split('.').map(Number);
	const right = b.split('.').map(Number);
	for (let index = 0; index < 3; index += 1) {
		const difference = (left[index] ?? 0) - (right[index] ?? 0);
		if (difference) return Math.sign(difference);
	}
	return 0;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Check an imported file against the page and carry its answers over.
 * Refused: what is not JSON; what another tool wrote; a newer file format;
 * another edition; a newer template version (this page cannot know its
 * practices); anything that does not match the schema. Carried over: a file
 * of this version or an older one, practice by practice where the ID still
 * exists. IDs are never reused, so an ID that exists is the same practice.
 */
export function readAssessmentFile(text: string, target: AssessmentTarget): ImportResult {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { ok: false, problem: { code: 'not-json' } };
	}
	// The questions a reader can act on come first, before the schema's own details.
	if (!isRecord(value) || value.format !== ASSESSMENT_FORMAT) return { ok: false, problem: { code: 'other-tool' } };
	if (typeof value.schemaVersion === 'number' && value.schemaVersion > ASSESSMENT_SCHEMA_VERSION) {
		return { ok: false, problem: { code: 'newer-format', found: value.schemaVersion, expected: ASSESSMENT_SCHEMA_VERSION } };
	}
	if (typeof value.edition === 'string' && value.edition !== target.edition)
		return { ok: false, problem: { code: 'other-edition', found: value.edition, expected: target.edition } };
	if (typeof value.template === 'string' && /^\d+\.\d+\.\d+$/.test(value.template) && compareVersions(value.template, target.template) > 0) {
		return { ok: false, problem: { code: 'newer-template', found: value.template, expected: target.template } };
	}
	const parsed = z.safeParse(assessmentFileSchema, value);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return { ok: false, problem: { code: 'invalid', field: issue.path.map(String).join('.') || '(file)' } };
	}
	const file: AssessmentFile = parsed.data;
	const known = new Set(target.practiceIds);
	const entries: Entries = {};
	const dropped: string[] = [];
	for (const [id, entry] of Object.entries(compactEntries(file.answers))) {
		if (known.has(id)) entries[id] = entry;
		else dropped.push(id);
	}
	return { ok: true, entries, dropped: dropped.sort(), ...(compareVersions(file.template, target.template) < 0 ? { migratedFrom: file.template } : {}) };
}
