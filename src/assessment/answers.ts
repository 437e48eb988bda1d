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

/**
 * The largest file the page imports. An export of every practice with long
 * notes is a few hundred kilobytes; a file many times larger is not one, and
 * reading it would freeze the page.
 */
export const MAX_IMPORT_BYTES = 2_000_000;

/** At most this many practice IDs are named in a message; the rest are counted. */
export const MAX_LISTED_IDS = 10;

/** Why a file was refused. Each becomes one localized message that says what differs. */
export type ImportProblem =
	| { code: 'too-large'; bytes: number; limit: number }
	| { code: 'no-answers' }
	| { code: 'unknown-practices'; ids: string[]; more: number }
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

/** A file refused by its size alone, before it is read: the page never holds a huge file in memory. */
export function importSizeProblem(bytes: number): ImportProblem | undefined {
	return bytes > MAX_IMPORT_BYTES ? { code: 'too-large', bytes, limit: MAX_IMPORT_BYTES } : undefined;
}

/** What an import does to the reader's answers, for the confirmation and for the page. */
export interface ImportPlan {
	/** The answers after the import. */
	entries: Entries;
	/** Practices the reader answered that the file answers differently: the reader's answer is replaced. */
	replaced: number;
	/** Practices the reader had not answered that the file answers. */
	added: number;
	/** Practices the reader answered that the file does not answer, or answers the same: unchanged. */
	kept: number;
}

/**
 * The file's answers over the reader's, practice by practice: what the file
 * answers replaces the reader's answer, what it does not answer stays as it
 * was. An entry equal to the edition's default (a pre-set "not applicable")
 * is not the reader's answer.
 */
export function planImport(current: Entries, imported: Entries, defaults: Entries): ImportPlan {
	const key = (entry: AssessmentEntry | undefined) => JSON.stringify(entry ? (compactEntries({ id: entry }).id ?? {}) : {});
	const answered = new Set(Object.keys(compactEntries(current)).filter((id) => key(current[id]) !== key(defaults[id])));
	let replaced = 0;
	let added = 0;
	let same = 0;
	for (const [id, entry] of Object.entries(imported)) {
		if (!answered.has(id)) {
			if (key(entry) !== key(defaults[id])) added += 1;
		} else if (key(current[id]) === key(entry)) same += 1;
		else replaced += 1;
	}
	const kept = same + [...answered].filter((id) => !Object.hasOwn(imported, id)).length;
	return { entries: { ...defaults, ...current, ...imported }, replaced, added, kept };
}

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
	// Characters never outnumber UTF-8 bytes, so a text this long came from a file over the limit.
	if (text.length > MAX_IMPORT_BYTES) return { ok: false, problem: { code: 'too-large', bytes: text.length, limit: MAX_IMPORT_BYTES } };
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
	// A file with nothing to carry over would only erase the reader's answers: refused, saying why.
	if (!Object.keys(entries).length) {
		if (!dropped.length) return { ok: false, problem: { code: 'no-answers' } };
		const ids = dropped.sort();
		return { ok: false, problem: { code: 'unknown-practices', ids: ids.slice(0, MAX_LISTED_IDS), more: Math.max(0, ids.length - MAX_LISTED_IDS) } };
	}
	return { ok: true, entries, dropped: dropped.sort(), ...(compareVersions(file.template, target.template) < 0 ? { migratedFrom: file.template } : {}) };
}
