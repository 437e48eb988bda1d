/**
 * The self-assessment's data: import validation (what is refused, and why),
 * carrying answers over from an older template version, what scoring
 * counts, the pages' practices and observer questions, and the published
 * JSON Schemas of the files the tools export.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
	answerSet,
	compactEntries,
	compareVersions,
	importSizeProblem,
	MAX_IMPORT_BYTES,
	planImport,
	readAssessmentFile,
	type AssessmentTarget,
} from '../../src/assessment/answers.ts';
import { scriptJson } from '../../src/utils/script-json.ts';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import { ASSESSMENT_SCHEMA_PATH, exportFiles, OBSERVER_SCHEMA_PATH } from '../../src/exports/export-files.ts';
import { translator } from '../../src/ui-strings/translator-fs.ts';
import { chapterSegments } from '../../src/translation/xliff/segments.ts';
import { MINIMAL } from '../support/fixture-project.ts';

// The minimal fixture's content: these tests are about the code, not about the shipped practices (tests/content/assessment.test.ts).
const { publication } = loadContent(MINIMAL);

const target: AssessmentTarget = { edition: 'base', template: '1.2.0', practiceIds: ['INC-1', 'INC-2', 'TEC-3'] };
const file = (changes: Record<string, unknown> = {}) =>
	JSON.stringify({
		format: 'clean-elections-template/self-assessment',
		schemaVersion: 1,
		template: '1.2.0',
		edition: 'base',
		locale: 'en',
		saved: '2026-11-25T10:00:00.000Z',
		answers: { 'INC-1': { status: 'met', note: 'Adopted.' }, 'TEC-3': { status: 'not-applicable', reason: 'No tabulators.' } },
		...changes,
	});

describe('importing a self-assessment file', () => {
	it('accepts a file of this edition and version as it is', () => {
		expect(readAssessmentFile(file(), target)).toEqual({
			ok: true,
			entries: { 'INC-1': { status: 'met', note: 'Adopted.' }, 'TEC-3': { status: 'not-applicable', reason: 'No tabulators.' } },
			dropped: [],
		});
	});

	it('refuses what it cannot trust, saying what differs', () => {
		const problem = (text: string) => {
			const result = readAssessmentFile(text, target);
			return result.ok ? undefined : result.problem;
		};
		expect(problem('{ "answers": ')).toEqual({ code: 'not-json' });
		expect(problem('[1, 2]')).toEqual({ code: 'other-tool' });
		expect(problem(JSON.stringify({ answers: {} }))).toEqual({ code: 'other-tool' });
		expect(problem(file({ format: 'clean-elections-template/observer-visits' }))).toEqual({ code: 'other-tool' });
		expect(problem(file({ schemaVersion: 2 }))).toEqual({ code: 'newer-format', found: 2, expected: 1 });
		expect(problem(file({ edition: 'ca' }))).toEqual({ code: 'other-edition', found: 'ca', expected: 'base' });
		expect(problem(file({ template: '1.3.0' }))).toEqual({ code: 'newer-template', found: '1.3.0', expected: '1.2.0' });
		expect(problem(file({ template: '2.0.0' }))).toEqual({ code: 'newer-template', found: '2.0.0', expected: '1.2.0' });
	});

	it('refuses a file that does not match the schema, naming the first field at fault', () => {
		const field = (changes: Record<string, unknown>) => {
			const result = readAssessmentFile(file(changes), target);
			return result.ok ? undefined : result.problem;
		};
		expect(field({ answers: { 'INC-1': { status: 'done' } } })).toEqual({ code: 'invalid', field: 'answers.INC-1.status' });
		expect(field({ answers: { 'INC-1': { status: 'met', score: 3 } } })).toEqual({ code: 'invalid', field: 'answers.INC-1' });
		expect(field({ answers: ['INC-1'] })).toEqual({ code: 'invalid', field: 'answers' });
		expect(field({ template: 'one' })).toEqual({ code: 'invalid', field: 'template' });
		expect(field({ schemaVersion: 0 })).toEqual({ code: 'invalid', field: 'schemaVersion' });
		expect(field({ saved: undefined })).toEqual({ code: 'invalid', field: 'saved' });
		expect(field({ extra: true })).toEqual({ code: 'invalid', field: '(file)' });
	});

	it('carries answers over from an older template version where the IDs still exist, and reports the others', () => {
		const old = file({
			template: '1.0.3',
			answers: { 'INC-2': { status: 'partly-met' }, 'OLD-9': { status: 'met' }, 'INC-1': { note: 'Note only.' }, 'DAT-8': { status: 'not-met' } },
		});
		expect(readAssessmentFile(old, target)).toEqual({
			ok: true,
			entries: { 'INC-2': { status: 'partly-met' }, 'INC-1': { note: 'Note only.' } },
			migratedFrom: '1.0.3',
			dropped: ['DAT-8', 'OLD-9'],
		});
		// A major version behind is carried over the same way: IDs are never reused, so a surviving ID is the same practice.
		expect(readAssessmentFile(file({ template: '0.9.0' }), target)).toMatchObject({ ok: true, migratedFrom: '0.9.0', dropped: [] });
	});

	it('refuses a file over the size limit, before reading it and when it was read', () => {
		expect(importSizeProblem(MAX_IMPORT_BYTES)).toBeUndefined();
		expect(importSizeProblem(50_000_000)).toEqual({ code: 'too-large', bytes: 50_000_000, limit: 2_000_000 });
		const huge = file({ answers: { 'INC-1': { status: 'met', note: 'x'.repeat(MAX_IMPORT_BYTES) } } });
		expect(readAssessmentFile(huge, target)).toEqual({ ok: false, problem: { code: 'too-large', bytes: huge.length, limit: MAX_IMPORT_BYTES } });
	});

	it('refuses a file that carries no usable answer, so that importing it cannot erase the reader’s', () => {
		expect(readAssessmentFile(file({ answers: {} }), target)).toEqual({ ok: false, problem: { code: 'no-answers' } });
		expect(readAssessmentFile(file({ answers: { 'INC-1': { note: '  ' } } }), target)).toEqual({ ok: false, problem: { code: 'no-answers' } });
		const hostile = (name: string) => readFileSync(path.join(import.meta.dirname, '../fixtures/hostile/assessment-imports', name), 'utf8');
		expect(readAssessmentFile(hostile('no-answers.json'), target)).toEqual({ ok: false, problem: { code: 'no-answers' } });
		expect(readAssessmentFile(hostile('unknown-practices.json'), target)).toEqual({
			ok: false,
			problem: { code: 'unknown-practices', ids: ['ZZZ-10', 'ZZZ-11', 'ZZZ-12', 'ZZZ-13', 'ZZZ-14', 'ZZZ-15', 'ZZZ-16', 'ZZZ-17', 'ZZZ-18', 'ZZZ-19'], more: 2 },
		});
		// "__proto__" as a practice ID, as a hostile file may carry it: the schema drops the key, so nothing is left to import.
		expect(readAssessmentFile(file({ answers: JSON.parse('{"__proto__": {"status": "met"}}') }), target)).toEqual({ ok: false, problem: { code: 'no-answers' } });
	});

	it('plans an import practice by practice: replaced, added and kept', () => {
		const defaults = { 'TEC-3': { status: 'not-applicable' as const, reason: 'No tabulators.' } };
		const current = { ...defaults, 'INC-1': { status: 'met' as const }, 'INC-2': { status: 'not-met' as const }, 'GOV-1': { note: 'Mine.' } };
		const imported = { 'INC-1': { status: 'not-met' as const }, 'INC-2': { status: 'not-met' as const }, 'DAT-1': { status: 'met' as const }, 'TEC-3': defaults['TEC-3'] };
		expect(planImport(current, imported, defaults)).toEqual({
			entries: { 'TEC-3': defaults['TEC-3'], 'INC-1': { status: 'not-met' }, 'INC-2': { status: 'not-met' }, 'GOV-1': { note: 'Mine.' }, 'DAT-1': { status: 'met' } },
			// INC-1 differs; DAT-1 is new (TEC-3 is the edition's default, not an answer); INC-2 is the same and GOV-1 is not in the file.
			replaced: 1,
			added: 1,
			kept: 2,
		});
		// Nothing answered yet: nothing to replace or keep, so the page does not ask.
		expect(planImport({ ...defaults }, imported, defaults)).toMatchObject({ replaced: 0, added: 3, kept: 0 });
	});

	it('drops empty fields and empty entries, so that equal answers make equal files', () => {
		expect(compactEntries({ 'INC-1': { status: 'met', note: '', evidence: '  ' }, 'INC-2': { note: '' }, 'TEC-3': { reason: 'Why.' } })).toEqual({
			'INC-1': { status: 'met' },
			'TEC-3': { reason: 'Why.' },
		});
	});

	it('compares versions numerically', () => {
		expect([compareVersions('1.10.0', '1.9.0'), compareVersions('1.0.0', '1.0.0'), compareVersions('0.9.9', '1.0.0')]).toEqual([1, 0, -1]);
	});
});

describe('what scoring counts', () => {
	it('leaves a not-applicable answer without a reason unanswered, and trims reasons', () => {
		expect(
			answerSet({
				'INC-1': { status: 'not-applicable', reason: '  ' },
				'INC-2': { status: 'not-applicable', reason: ' No. ' },
				'TEC-3': { note: 'x' },
				'GOV-1': { status: 'partly-met', note: 'y' },
			}),
		).toEqual({
			'INC-2': { status: 'not-applicable', reason: 'No.' },
			'GOV-1': { status: 'partly-met' },
		});
	});
});

describe('the practices the tool assesses', () => {
	it('embeds its data so that no text can close the script element', () => {
		expect(scriptJson({ note: '</script><!-- x' })).toBe('{"note":"\\u003c/script>\\u003c!-- x"}');
	});

	it('gives translators the observer question as its own XLIFF segment', () => {
		const chapter = publication!.chapters.find((candidate) => candidate.name === 'alpha')!;
		const ids = chapterSegments(chapter).map((segment) => segment.id);
		expect(ids).toContain('chapters/alpha/practices/ALP-2/question');
		expect(ids).not.toContain('chapters/alpha/practices/ALP-1/question');
	});
});

describe("the published JSON Schemas of the tools' files", () => {
	const files = exportFiles(publication!, (locale) => translator(MINIMAL, locale));
	const schemaOf = (file: string) => JSON.parse(String(files.find((candidate) => candidate.path === file)!.content)) as object;

	it('are listed with the other exports, and describe the files the tools write', () => {
		expect(files.filter((candidate) => candidate.format === 'json-schema').map((candidate) => candidate.path)).toEqual([
			'schemas/practices-export.schema.json',
			ASSESSMENT_SCHEMA_PATH,
			OBSERVER_SCHEMA_PATH,
		]);
		const ajv = new Ajv2020({ allErrors: true, strict: false });
		const assessment = ajv.compile(schemaOf(ASSESSMENT_SCHEMA_PATH));
		expect(assessment(JSON.parse(file()))).toBe(true);
		expect(assessment(JSON.parse(file({ answers: { 'INC-1': { status: 'done' } } })))).toBe(false);
		const observer = ajv.compile(schemaOf(OBSERVER_SCHEMA_PATH));
		const visits = {
			format: 'clean-elections-template/observer-visits',
			schemaVersion: 1,
			template: '1.0.0',
			edition: 'base',
			locale: 'en',
			saved: '2026-11-29T20:00:00.000Z',
			questions: [{ id: 'CNT-3', question: 'Is the count being recorded on video?' }],
			visits: [{ id: 'v-1', place: 'School 14', time: '29/11/2026 19:40', answers: { 'CNT-3': 'yes' } }],
		};
		expect(observer(visits)).toBe(true);
		expect(observer({ ...visits, visits: [{ ...visits.visits[0], answers: { 'CNT-3': 'maybe' } }] })).toBe(false);
	});
});
