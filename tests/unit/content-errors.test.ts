/**
 * The content model rejects each kind of mistake with its file, line, column
 * and what to do. Each scenario under tests/fixtures/content-errors/ and
 * tests/fixtures/template-errors/ is the minimal fixture (tests/fixtures/minimal/,
 * which loads with no diagnostic) with one mistake, and its snapshot is the whole
 * report: the mistake is the only thing found.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.ts';
import { lintContent } from '../../src/lint/lint-content-fs.ts';
import { checkStrings } from '../../src/ui-strings/read-strings-fs.ts';
import { fixtureProject, located, MINIMAL, scenarioFolders, scenariosNamed, withFixture } from '../support/fixture-project.ts';

const diagnosed = (scenario: string) => withFixture([scenario], (root) => located(loadContent(root).diagnostics));

describe('the minimal fixture every scenario starts from', () => {
	it('loads with no diagnostic, and its UI strings and MDX check clean too', () => {
		const { diagnostics, publication } = loadContent(MINIMAL);
		expect(diagnostics.map(formatDiagnostic)).toEqual([]);
		expect(publication!.chapters.map((chapter) => chapter.file)).toEqual(['content/chapters/en/alpha.mdx', 'content/chapters/en/beta.mdx']);
		expect(publication!.translations.chapters.map((chapter) => chapter.file)).toEqual(['content/chapters/fr/alpha.mdx']);
		expect(publication!.editions.map((edition) => edition.manifest.data.code)).toEqual(['aa']);
		expect(checkStrings(MINIMAL, 'en', ['en', 'fr']).map(formatDiagnostic)).toEqual([]);
		expect(lintContent(MINIMAL, publication).map(formatDiagnostic)).toEqual([]);
	});

	it('`npm run check` passes on it', () => {
		// CET_CACHE=off: a check of the fixture in place must not leave its results in the fixture's folder.
		const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', MINIMAL], { encoding: 'utf8', env: { ...process.env, CET_CACHE: 'off' } });
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('content OK: 2 chapter files, 4 practices, 2 locale(s)');
	});
});

describe('content errors: one mistake per fixture', () => {
	it('has a test for every scenario folder', () => {
		expect(scenarioFolders('content-errors')).toEqual(scenariosNamed(import.meta.filename, 'content-errors'));
	});

	it('a date that is not YYYY-MM-DD', () => {
		expect(diagnosed('content-errors/invalid-date')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:9:1 InvalidField: reviewed: Write a real calendar date as YYYY-MM-DD, for example 2026-11-02.",
			]
		`);
	});

	it('a source and a contributor whose language is not a BCP 47 tag', () => {
		expect(diagnosed('content-errors/source-lang-invalid')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:12:5 InvalidField: contributors[0].lang: Give the language as a BCP 47 tag such as en, fr or pt-BR.",
			  "content/chapters/en/beta.mdx:16:5 InvalidField: sources[0].lang: Give the language as a BCP 47 tag such as en, fr or pt-BR.",
			]
		`);
	});

	it('a name in content/names.yaml given in a language the template does not have, or in the source language', () => {
		expect(diagnosed('content-errors/name-unknown-locale')).toMatchInlineSnapshot(`
			[
			  "content/names.yaml:4:5 NameUnknownLocale: Fixture organisation is given in de, which is not a language the template is translated into (fr).",
			  "content/names.yaml:6:5 NameUnknownLocale: Another organisation is given in en, which is not a language the template is translated into (fr).",
			]
		`);
	});

	it('an empty name in content/names.yaml', () => {
		expect(diagnosed('content-errors/name-empty')).toMatchInlineSnapshot(`
			[
			  "content/names.yaml:3:5 InvalidField: names.Fixture organisation.fr: This name is empty.",
			]
		`);
	});

	it('a source without a title', () => {
		expect(diagnosed('content-errors/source-title-missing')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:13:5 InvalidField: sources[0].title: this required field is missing. Every source needs a title.",
			]
		`);
	});

	it('a practice ID that does not start with its chapter code', () => {
		expect(diagnosed('content-errors/practice-code-mismatch')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:22:5 PracticeCodeMismatch: The practice ID ALP-3 does not start with its chapter code BET.",
			]
		`);
	});

	it('an unknown tier', () => {
		expect(diagnosed('content-errors/unknown-tier')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:28:5 InvalidField: practices[1].tier: Unknown tier "diamond". Use one of: silver, gold, platinum.",
			]
		`);
	});

	it('a prerequisite that carries points', () => {
		expect(diagnosed('content-errors/prerequisite-with-points')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:21:5 InvalidField: practices[0].points: A prerequisite is a gate and carries no points. Remove \`points\`, or make the practice a credit.",
			]
		`);
	});

	it('a practice without a statement', () => {
		expect(diagnosed('content-errors/statement-missing')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:22:5 InvalidField: practices[1].statement: this required field is missing. Write the statement.",
			]
		`);
	});

	it('an observable practice without an observer question', () => {
		expect(diagnosed('content-errors/observable-without-question')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:22:5 InvalidField: practices[1].question: An observable practice needs the question a citizen observer answers yes or no, for example "Is the count being recorded on video?". Add \`question:\`, or set observable to false.",
			]
		`);
	});

	it('an observer question on a practice nobody can observe', () => {
		expect(diagnosed('content-errors/question-not-observable')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:32:5 InvalidField: practices[1].question: Only an observable practice has an observer question. Remove \`question\`, or set observable to true if a citizen observer can see this on the day.",
			]
		`);
	});

	it('a chapter code another chapter has', () => {
		expect(diagnosed('content-errors/duplicate-chapter-code')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:3:1 DuplicateChapterCode: The chapter code ALP is already used by content/chapters/en/alpha.mdx:3.",
			]
		`);
	});

	it('a practice ID used twice', () => {
		expect(diagnosed('content-errors/duplicate-practice-id')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:22:5 DuplicatePracticeId: The practice ID BET-1 is already used at content/chapters/en/beta.mdx:13.",
			]
		`);
	});

	it('a slug that is not the file name', () => {
		expect(diagnosed('content-errors/slug-file-mismatch')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:2:1 SlugFileMismatch: The slug beta-chapter does not match the file name beta.mdx.",
			]
		`);
	});

	it('a retired practice ID used again', () => {
		expect(diagnosed('content-errors/retired-practice-id')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:22:5 RetiredPracticeId: The practice ID BET-3 was retired in version 1.0.0 and can never be used again.",
			]
		`);
	});

	it('frontmatter that is not YAML', () => {
		expect(diagnosed('content-errors/yaml-syntax')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:6:1 YamlSyntax: The YAML could not be read: Flow sequence in block collection must be sufficiently indented and end with a ]",
			]
		`);
	});

	it('a misspelt field', () => {
		expect(diagnosed('content-errors/unknown-field')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:7:1 InvalidField: sumary: this field is not part of the schema. Check its spelling, or remove it.",
			]
		`);
	});

	it('no certification page in the source locale', () => {
		expect(diagnosed('content-errors/missing-certification-page')).toMatchInlineSnapshot(`
			[
			  "content/pages/en/certification.mdx:1:1 MissingFile: The certification page for en is missing.",
			]
		`);
	});

	it('a chapter with a field error still takes part in the cross-file checks (three mistakes on purpose, as a copied chapter has)', () => {
		expect(diagnosed('content-errors/clash-in-invalid-chapter')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:3:1 DuplicateChapterCode: The chapter code ALP is already used by content/chapters/en/alpha.mdx:3.",
			  "content/chapters/en/beta.mdx:7:1 InvalidField: sumary: this field is not part of the schema. Check its spelling, or remove it.",
			  "content/chapters/en/beta.mdx:14:5 DuplicatePracticeId: The practice ID ALP-1 is already used at content/chapters/en/alpha.mdx:13.",
			]
		`);
	});
});

describe('template errors: one mistake per fixture', () => {
	it('has a test for every scenario folder', () => {
		expect(scenarioFolders('template-errors')).toEqual(scenariosNamed(import.meta.filename, 'template-errors'));
	});

	it('a version that is not MAJOR.MINOR.PATCH', () => {
		expect(diagnosed('template-errors/version-not-semver')).toMatchInlineSnapshot(`
			[
			  "content/template.yaml:1:1 InvalidField: version: Write the version as MAJOR.MINOR.PATCH, for example 1.0.0 (a bare 1.0 is read as a number).",
			]
		`);
	});

	it('no releases', () => {
		expect(diagnosed('template-errors/releases-missing')).toMatchInlineSnapshot(`
			[
			  "content/template.yaml:1:1 InvalidField: releases: this required field is missing. List the published versions under releases, the current one last.",
			]
		`);
	});

	it('a date that is not a calendar date', () => {
		expect(diagnosed('template-errors/reviewed-invalid')).toMatchInlineSnapshot(`
			[
			  "content/template.yaml:3:1 InvalidField: reviewed: Write a real calendar date as YYYY-MM-DD, for example 2026-11-02.",
			]
		`);
	});

	it('a locale code that is not a BCP 47 tag, which then no longer matches sourceLocale: two messages for one mistake', () => {
		expect(diagnosed('template-errors/locale-code-invalid')).toMatchInlineSnapshot(`
			[
			  "content/template.yaml:5:1 InvalidField: locales: List the source locale first in \`locales\`.",
			  "content/template.yaml:6:5 InvalidField: locales[0].code: Use a BCP 47 language tag such as en, fr or pt-BR.",
			]
		`);
	});

	it('a partial credit above 100 %', () => {
		expect(diagnosed('template-errors/partial-credit-out-of-range')).toMatchInlineSnapshot(`
			[
			  "content/template.yaml:11:3 InvalidField: scoring.partialCreditPercent: Write a whole percentage from 0 to 100, without the % sign.",
			]
		`);
	});

	it('tiers out of order', () => {
		expect(diagnosed('template-errors/tiers-out-of-order')).toMatchInlineSnapshot(`
			[
			  "content/template.yaml:12:3 InvalidField: scoring.tiers: List the tiers in this order: silver, gold, platinum.",
			]
		`);
	});

	it('a tier that needs no more points than the one below', () => {
		expect(diagnosed('template-errors/tier-thresholds-not-increasing')).toMatchInlineSnapshot(`
			[
			  "content/template.yaml:12:3 InvalidField: scoring.tiers: Each tier must need a larger share of points than the tier below it.",
			]
		`);
	});
});

describe('reporting', () => {
	it('gives each error a hint that says what to do', () => {
		for (const kind of ['content-errors', 'template-errors']) {
			for (const name of scenarioFolders(kind)) {
				const diagnostics = withFixture([`${kind}/${name}`], (root) => loadContent(root).diagnostics);
				expect(diagnostics.length, name).toBeGreaterThan(0);
				for (const diagnostic of diagnostics) expect(diagnostic.hint, `${name}: ${diagnostic.code}`).toBeTruthy();
			}
		}
	});

	it('`npm run check` prints every error, not only the first, and exits non-zero', () => {
		// Five mistakes in five different files, found by four different checks: chapters and pages, translations, editions, UI strings.
		const scenarios = [
			'content-errors/duplicate-practice-id',
			'content-errors/missing-certification-page',
			'translation-errors/practice-extra',
			'edition-errors/edition-unknown-version',
			'string-errors/key-undefined',
		];
		const each = scenarios.flatMap((scenario) =>
			withFixture([scenario], (root) => {
				const { diagnostics } = loadContent(root);
				return [...diagnostics, ...checkStrings(root, 'en', ['en', 'fr'])];
			}),
		);
		expect(each).toHaveLength(scenarios.length);
		const root = fixtureProject(...scenarios);
		try {
			const { diagnostics } = loadContent(root);
			expect(located([...diagnostics, ...checkStrings(root, 'en', ['en', 'fr'])])).toEqual(located(each));
			const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', root], { encoding: 'utf8' });
			expect(result.status).toBe(1);
			const errorLines = result.stderr.split('\n').filter((line) => / error /.test(line));
			expect(errorLines).toHaveLength(each.length);
			expect(result.stderr).toContain('content/chapters/en/beta.mdx:22:5 error DuplicatePracticeId: The practice ID BET-1 is already used at content/chapters/en/beta.mdx:13.');
			expect(result.stderr).toContain('    Practice IDs are unique and never reused.');
			expect(result.stderr.trim().split('\n').at(-1)).toBe(`${each.length} errors, 0 warnings`);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
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
