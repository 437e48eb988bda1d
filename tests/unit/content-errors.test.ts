/**
 * The bad-content fixture holds one mistake of each kind the content model
 * must reject. Each expected error is pinned with its file, line and column.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import { formatDiagnostic, sortDiagnostics } from '../../src/diagnostics/diagnostic.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/bad-content');
const located = (root = fixture) => sortDiagnostics(loadContent(root).diagnostics).map((d) => `${d.file}:${d.line}:${d.column} ${d.code}: ${d.message}`);

describe('content validation on the bad-content fixture', () => {
	it('reports every error, each with its file, line and column', () => {
		expect(located()).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/alpha.mdx:9:1 InvalidField: reviewed: Write a real calendar date as YYYY-MM-DD, for example 2026-11-02.",
			  "content/chapters/en/alpha.mdx:13:5 InvalidField: sources[0].title: this required field is missing. Every source needs a title.",
			  "content/chapters/en/alpha.mdx:25:5 PracticeCodeMismatch: The practice ID BET-2 does not start with its chapter code ALP.",
			  "content/chapters/en/alpha.mdx:41:5 InvalidField: practices[2].tier: Unknown tier "diamond". Use one of: silver, gold, platinum.",
			  "content/chapters/en/alpha.mdx:53:5 InvalidField: practices[3].points: A prerequisite is a gate and carries no points. Remove \`points\`, or make the practice a credit.",
			  "content/chapters/en/alpha.mdx:55:5 InvalidField: practices[4].statement: this required field is missing. Write the statement.",
			  "content/chapters/en/alpha.mdx:64:5 InvalidField: practices[5].question: An observable practice needs the question a citizen observer answers yes or no, for example "Is the count being recorded on video?". Add \`question:\`, or set observable to false.",
			  "content/chapters/en/alpha.mdx:84:5 InvalidField: practices[6].question: Only an observable practice has an observer question. Remove \`question\`, or set observable to true if a citizen observer can see this on the day.",
			  "content/chapters/en/beta.mdx:3:1 DuplicateChapterCode: The chapter code ALP is already used by content/chapters/en/alpha.mdx:3.",
			  "content/chapters/en/beta.mdx:7:1 InvalidField: sumary: this field is not part of the schema. Check its spelling, or remove it.",
			  "content/chapters/en/beta.mdx:14:5 DuplicatePracticeId: The practice ID ALP-1 is already used at content/chapters/en/alpha.mdx:16.",
			  "content/chapters/en/delta.mdx:2:1 SlugFileMismatch: The slug delta-chapter does not match the file name delta.mdx.",
			  "content/chapters/en/delta.mdx:13:5 RetiredPracticeId: The practice ID GAM-2 was retired in version 1.0.0 and can never be used again.",
			  "content/chapters/en/gamma.mdx:4:17 YamlSyntax: The YAML could not be read: Flow sequence in block collection must be sufficiently indented and end with a ]",
			  "content/pages/en/certification.mdx:1:1 MissingFile: The certification page for en is missing.",
			]
		`);
	});

	it('gives each error a hint that says what to do', () => {
		for (const diagnostic of loadContent(fixture).diagnostics) expect(diagnostic.hint, diagnostic.code).toBeTruthy();
	});

	it('`npm run check` prints every error and exits non-zero', () => {
		const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', fixture], { encoding: 'utf8' });
		expect(result.status).toBe(1);
		const errorLines = result.stderr.split('\n').filter((line) => / error /.test(line));
		expect(errorLines).toHaveLength(located().length);
		expect(result.stderr).toContain('content/chapters/en/beta.mdx:14:5 error DuplicatePracticeId: The practice ID ALP-1 is already used at content/chapters/en/alpha.mdx:16.');
		expect(result.stderr).toContain('    Practice IDs are unique and never reused.');
		expect(result.stderr.trim().split('\n').at(-1)).toBe(`${located().length} errors, 0 warnings`);
	});

	it('formats a diagnostic as file:line:column, severity, code, message and an indented hint', () => {
		expect(
			formatDiagnostic({
				file: 'content/x.mdx',
				line: 3,
				column: 5,
				code: 'DuplicateChapterCode',
				message: 'The chapter code ALP is already used.',
				hint: 'Choose another.',
				severity: 'error',
			}),
		).toBe('content/x.mdx:3:5 error DuplicateChapterCode: The chapter code ALP is already used.\n    Choose another.');
	});
});

describe('content validation on the bad-template fixture', () => {
	it('reports every problem of template.yaml at its line', () => {
		expect(located(path.resolve(import.meta.dirname, '../fixtures/bad-template'))).toMatchInlineSnapshot(`
			[
			  "content/template.yaml:1:1 InvalidField: version: Write the version as MAJOR.MINOR.PATCH, for example 1.0.0 (a bare 1.0 is read as a number).",
			  "content/template.yaml:1:1 InvalidField: releases: this required field is missing. List the published versions under releases, the current one last.",
			  "content/template.yaml:3:1 InvalidField: reviewed: Write a real calendar date as YYYY-MM-DD, for example 2026-11-02.",
			  "content/template.yaml:6:5 InvalidField: locales[0].code: Use a BCP 47 language tag such as en, fr or pt-BR.",
			  "content/template.yaml:9:3 InvalidField: scoring.partialCreditPercent: Write a whole percentage from 0 to 100, without the % sign.",
			  "content/template.yaml:10:3 InvalidField: scoring.tiers: List the tiers in this order: silver, gold, platinum.",
			  "content/template.yaml:10:3 InvalidField: scoring.tiers: Each tier must need a larger share of points than the tier below it.",
			]
		`);
	});
});

describe('the shipped content', () => {
	it('has no errors or warnings', () => {
		const { diagnostics, publication } = loadContent(path.resolve(import.meta.dirname, '../..'));
		expect(diagnostics.map(formatDiagnostic)).toEqual([]);
		expect(publication).toBeDefined();
	});
});
