/**
 * Input that is malformed or hostile, rather than a plain authoring mistake:
 * each case is refused (or, for what Windows editors write, accepted) with
 * its file, its line and what to do, never a crash or a stack trace. The
 * inputs are under tests/fixtures/hostile/<class>/: `yaml/`, `json/` and
 * `text/` hold scenario folders laid over the minimal fixture (see
 * tests/support/fixture-project.ts), `xliff/` holds translation kits.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import { lintContent } from '../../src/lint/lint-content-fs.ts';
import { readXliff, XliffError } from '../../src/translation/xliff/read-xliff.ts';
import { checkStrings } from '../../src/ui-strings/read-strings-fs.ts';
import { FIXTURES, located, scenariosNamed, withFixture } from '../support/fixture-project.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const HOSTILE = path.join(FIXTURES, 'hostile');
const cases = (kind: string) =>
	readdirSync(path.join(HOSTILE, kind))
		.filter((name) => !name.startsWith('.') && !name.endsWith('.md'))
		.sort();

/** Everything `npm run check` reports: the content, the UI strings and the lint. */
const reported = (scenario: string) =>
	withFixture([scenario], (root) => {
		const { publication, diagnostics } = loadContent(root);
		const strings = publication
			? checkStrings(
					root,
					publication.template.sourceLocale,
					publication.template.locales.map((locale) => locale.code),
				)
			: [];
		return located([...diagnostics, ...strings, ...lintContent(root, publication, { security: false })]);
	});

/** `npm run check` on the scenario, as a user sees it. */
const checkRun = (scenario: string) =>
	withFixture([scenario], (root) => spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/check.ts'), '--root', root], { encoding: 'utf8' }));

describe('hostile YAML', () => {
	it('has a test for every case', () => {
		expect(cases('yaml')).toEqual(scenariosNamed(import.meta.filename, 'hostile/yaml'));
	});

	it('an alias bomb ("billion laughs") is refused where its aliases start, without a crash', () => {
		expect(reported('hostile/yaml/alias-bomb')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:11:10 YamlAliasBomb: The YAML aliases here (*name) expand into more than 100 copies, which could exhaust memory, so the file was not read.",
			]
		`);
		const run = checkRun('hostile/yaml/alias-bomb');
		expect(run.status).toBe(1);
		expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
	});

	it('an alias written before its anchor (found by the fuzz test) is refused where it is written, without a crash', () => {
		expect(reported('hostile/yaml/unresolved-alias')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:5:8 YamlSyntax: The YAML could not be read: the alias *name refers to no anchor &name written before it",
			]
		`);
	});

	it('an unknown tag such as !!js/function is refused, not dropped', () => {
		expect(reported('hostile/yaml/unknown-tag')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:6:10 YamlUnknownTag: The YAML tag !!js/function is not one this kit reads: the value would be dropped or read as something else.",
			]
		`);
	});

	it('a right-to-left override in a title is refused', () => {
		expect(reported('hostile/yaml/bidi-title')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:5:8 BidiControl: This text contains the invisible control character U+202E, which changes the order in which the text is displayed, so what a reader sees differs from what is written.",
			]
		`);
	});

	it('a right-to-left override in the body of a chapter is refused at its line and column', () => {
		expect(reported('hostile/text/bidi-in-body')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:34:9 BidiControl: This text contains the invisible control character U+202E, which changes the order in which the text is displayed, so what a reader sees differs from what is written.",
			]
		`);
	});

	it('an unclosed quote in edition.yaml is reported on the line of the quote, not at the end of the file', () => {
		expect(reported('hostile/yaml/unclosed-quote')).toMatchInlineSnapshot(`
			[
			  "content/editions/aa/edition.yaml:2:10 YamlSyntax: The YAML could not be read: the quote " that opens here is never closed",
			]
		`);
	});

	it('a source chapter that cannot be read: its error, and its translation said to be unchecked rather than orphaned', () => {
		expect(reported('hostile/yaml/invalid-source-chapter')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/alpha.mdx:5:8 YamlSyntax: The YAML could not be read: Nested mappings are not allowed in compact mappings",
			  "content/chapters/fr/alpha.mdx:1:1 TranslationNotChecked: This translation was not checked against its source, because content/chapters/en/alpha.mdx has errors (reported with that file) and could not be read.",
			  "content/editions/aa/adaptations.yaml:1:1 EditionNotChecked: The chapters and practices this file names were not checked against the base template, because the YAML of content/chapters/en/alpha.mdx could not be read (the error is reported with that file).",
			]
		`);
	});
});

describe('UI strings are read as JSON', () => {
	it('has a test for every case', () => {
		expect(cases('json')).toEqual(scenariosNamed(import.meta.filename, 'hostile/json'));
	});

	it('a trailing comma is refused with its line, before the build sees it', () => {
		expect(reported('hostile/json/trailing-comma')).toMatchInlineSnapshot(`
			[
			  "locales/fr/common.json:11:37 JsonSyntax: The JSON could not be read: there is a comma after the last entry, which JSON does not allow: delete it.",
			]
		`);
	});

	it('a key written twice, which JSON.parse would settle silently by keeping the last', () => {
		expect(reported('hostile/json/duplicate-key')).toMatchInlineSnapshot(`
			[
			  "locales/en/common.json:9:3 JsonSyntax: The JSON could not be read: this key is written twice in the same object; keep one.",
			]
		`);
	});

	it('a missing comma is one JSON error, not a key reported missing for every string', () => {
		expect(reported('hostile/json/missing-comma')).toMatchInlineSnapshot(`
			[
			  "locales/en/common.json:8:31 JsonSyntax: The JSON could not be read: a comma is missing after this value, before the next entry.",
			]
		`);
	});
});

describe('what Windows editors write', () => {
	it('has a test for every case', () => {
		expect(cases('text')).toEqual(scenariosNamed(import.meta.filename, 'hostile/text'));
	});

	it.each(['hostile/text/crlf', 'hostile/text/bom', 'hostile/text/crlf-bom'])(
		'%s: MDX, YAML and JSON files are accepted and read as if written with LF and no mark',
		(scenario) => {
			// The fixtures must keep their bytes (tests/fixtures/hostile/text/.gitattributes): check that they do.
			const beta = readFileSync(path.join(FIXTURES, scenario, 'content/chapters/en/beta.mdx'), 'utf8');
			expect([beta.startsWith('\uFEFF'), beta.includes('\r\n')]).toEqual([scenario.includes('bom'), scenario.includes('crlf')]);
			expect(reported(scenario)).toEqual([]);
			const run = checkRun(scenario);
			expect(run.stderr).toBe('');
			expect(run.status).toBe(0);
		},
	);
});

describe('hostile XLIFF', () => {
	const kit = (name: string) => readFileSync(path.join(HOSTILE, 'xliff', name), 'utf8');
	const refusal = (name: string) => {
		try {
			readXliff(kit(name));
		} catch (error) {
			if (error instanceof XliffError) return { line: error.line, message: error.message };
			throw error;
		}
		throw new Error(`${name} was read`);
	};
	/** `npm run l10n:import` on the kit, in a copy of the minimal project. */
	const importRun = (name: string) =>
		withFixture([], (root) => spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/l10n-import.ts'), path.join(HOSTILE, 'xliff', name)], { cwd: root, encoding: 'utf8' }));

	it('has a test for every case', () => {
		expect(cases('xliff')).toEqual(['doctype.xlf', 'truncated.xlf']);
	});

	it('a kit cut off in the middle is refused with its line, and l10n:import prints no stack trace', () => {
		expect(refusal('truncated.xlf')).toMatchInlineSnapshot(`
			{
			  "line": 11,
			  "message": "The file is not well-formed XML (unclosed xml tag(s): xliff, file, body, trans-unit, target); it may have been cut short or damaged when edited. Save it again from your translation tool and import that file; if the file itself is damaged, export a new kit with npm run l10n:export.",
			}
		`);
		const run = importRun('truncated.xlf');
		expect(run.status).toBe(1);
		expect(run.stderr.replaceAll(HOSTILE, 'tests/fixtures/hostile')).toMatchInlineSnapshot(`
			"tests/fixtures/hostile/xliff/truncated.xlf:11: The file is not well-formed XML (unclosed xml tag(s): xliff, file, body, trans-unit, target); it may have been cut short or damaged when edited. Save it again from your translation tool and import that file; if the file itself is damaged, export a new kit with npm run l10n:export.
			Nothing was written.
			"
		`);
	});

	it('a DOCTYPE is refused on its line, saying to remove it', () => {
		expect(refusal('doctype.xlf')).toMatchInlineSnapshot(`
			{
			  "line": 2,
			  "message": "The file has a <!DOCTYPE declaration, which a translation kit never needs and which is refused because its entities can expand without bound or read local files. Remove the DOCTYPE (from "<!DOCTYPE" to the "]>" or ">" that closes it) and any entity such as &name; in the text, then import again.",
			}
		`);
		const run = importRun('doctype.xlf');
		expect(run.status).toBe(1);
		expect(run.stderr).not.toMatch(/\n\s+at /);
	});
});
