/**
 * The translator's loop with a real CAT tool: Translate Toolkit's storage
 * API (the engine under Weblate and Pootle) loads the Spanish kit, changes
 * what a translator would, and saves it; the kit goes back in with
 * l10n:import. On a copy of the project under git, so that the English a
 * translation was made from can be found in its history. It asserts that
 * the kit validates against the OASIS XLIFF 1.2 strict schema, that a no-op
 * import leaves every file byte-identical, that one changed English word
 * flags one segment, that an outdated segment stays outdated until a
 * translator changes or reviews it, and that one edited segment changes one
 * segment of one file. Then every bad kit the import refuses, each with its
 * file, line and message.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDebianPackage } from '../support/debian-package.ts';
import { copyProject, PROJECT_ROOT } from '../support/project-copy.ts';

const SCHEMA = path.join(PROJECT_ROOT, 'tests/fixtures/xliff-schema/xliff-core-1.2-strict.xsd');
const TOOL = path.join(PROJECT_ROOT, 'tests/support/translate-toolkit.py');
const CHAPTER = 'content/chapters/es/governance-and-annual-review.mdx';
const ENGLISH = 'content/chapters/en/governance-and-annual-review.mdx';
const GOV1 = 'chapters/governance-and-annual-review/practices/GOV-1';
let work: string;
let kit: string;

const node = (script: string, ...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, CET_PDF: '0' } });
const git = (...args: string[]) => execFileSync('git', ['-C', work, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { encoding: 'utf8' });
/** A hash of every file of the content and the strings, to prove that nothing was written. */
function tree(): string {
	const hash = createHash('sha256');
	const walk = (dir: string) => {
		for (const name of readdirSync(path.join(work, dir)).sort()) {
			const file = path.join(dir, name);
			if (statSync(path.join(work, file)).isDirectory()) walk(file);
			else hash.update(file).update(readFileSync(path.join(work, file)));
		}
	};
	walk('content');
	walk('locales');
	return hash.digest('hex');
}
/** Translate Toolkit, as a CAT tool: load the kit, apply the actions, save it as `out`. */
function translateToolkit(out: string, ...actions: string[]): string {
	const python = ensureDebianPackage('xliff2po', 'translate-toolkit') && '/usr/bin/python3';
	const result = spawnSync(python, [TOOL, kit, out, ...actions], { encoding: 'utf8' });
	expect(result.status, result.stderr).toBe(0);
	return out;
}
const frontmatter = (file: string) =>
	parse(readFileSync(path.join(work, file), 'utf8').split(/^---$/m)[1]!) as {
		source: string;
		outdated?: string[];
		practices: Array<{ id: string; title: string }>;
		translators: unknown[];
	};

beforeAll(() => {
	work = copyProject('cat-loop');
	git('init', '-q');
	git('add', '-A');
	git('commit', '-q', '-m', 'The project as released');
	kit = path.join(work, 'kit', 'clean-elections-template-1.0.0-en-es.xlf');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the Spanish loop with Translate Toolkit', () => {
	it('exports a kit that validates against the OASIS XLIFF 1.2 strict schema, as Translate Toolkit saves it too', () => {
		const xmllint = ensureDebianPackage('xmllint', 'libxml2-utils');
		expect(node('scripts/l10n-export.ts', '--locale', 'es', '--out', 'kit').status).toBe(0);
		const saved = translateToolkit(`${kit}.saved`);
		for (const file of [kit, saved]) {
			const result = spawnSync(xmllint, ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
			expect(result.status, result.stderr).toBe(0);
			expect(result.stderr).toContain('validates');
		}
	});

	it('imports an unchanged kit, saved by the tool, and writes nothing: every file byte-identical', () => {
		const before = tree();
		const imported = node('scripts/l10n-import.ts', translateToolkit(`${kit}.saved`));
		expect(imported.status, imported.stderr).toBe(0);
		expect(imported.stdout).toContain('Nothing to write for es: no segment changed and none was marked reviewed.');
		expect(tree()).toBe(before);
	});

	it('flags only the segment whose English changed, with the English as it was, and --only todo exports only the work to do', () => {
		const english = path.join(work, ENGLISH);
		writeFileSync(english, readFileSync(english, 'utf8').replace('Designate in writing one senior official', 'Designate in writing one senior permanent official'));
		expect(node('scripts/l10n-export.ts', '--locale', 'es', '--out', 'kit').status).toBe(0);
		const xliff = readFileSync(kit, 'utf8');
		const review = xliff
			.split('<trans-unit ')
			.filter((unit) => unit.includes('<target state="needs-review-translation">'))
			.map((unit) => /^id="([^"]+)"/.exec(unit)![1]);
		expect(review).toEqual([`${GOV1}/statement`]);
		expect(xliff).toContain('The English has changed since this was translated. It was: Designate in writing one senior official of &lt;Term id=&quot;emb&quot; /&gt;, reporting');
		const todo = node('scripts/l10n-export.ts', '--locale', 'es', '--only', 'todo', '--out', 'kit');
		expect(todo.status, todo.stderr).toBe(0);
		const todoKit = readFileSync(path.join(work, 'kit', 'clean-elections-template-1.0.0-en-es-todo.xlf'), 'utf8');
		expect([...todoKit.matchAll(/<trans-unit id="([^"]+)"/g)].map((match) => match[1])).toContain(`${GOV1}/statement`);
		expect(todoKit).not.toContain(`${GOV1}/title`);
	});

	it('keeps an untouched outdated segment outdated: the import writes nothing, and the status still says outdated', () => {
		const before = tree();
		const imported = node('scripts/l10n-import.ts', translateToolkit(`${kit}.saved`));
		expect(imported.status, imported.stderr).toBe(0);
		expect(tree()).toBe(before);
		const status = node('scripts/l10n-status.ts', '--locale', 'es');
		expect(status.stdout).toContain(`OUTDATED   chapter  ${CHAPTER}`);
	});

	it('one edited segment changes that segment of one file, keeps the outdated one listed, and credits the translator', () => {
		const before = readFileSync(path.join(work, CHAPTER), 'utf8');
		const previous = frontmatter(CHAPTER);
		const edited = translateToolkit(`${kit}.edited`, 'target', `${GOV1}/title`, 'Designar a una persona responsable de la seguridad electoral');
		const imported = node('scripts/l10n-import.ts', edited, '--translator', 'Ana Pérez, Traducciones Electorales');
		expect(imported.status, imported.stderr).toBe(0);
		expect(imported.stdout).toContain(`${CHAPTER}: 1 segment(s) changed, 0 marked reviewed, 1 still to review`);
		expect(git('status', '--porcelain', 'content', 'locales').split('\n').filter(Boolean).sort()).toEqual([` M ${CHAPTER}`, ` M ${ENGLISH}`].sort());
		const after = frontmatter(CHAPTER);
		expect(after.practices[0]!.title).toBe('Designar a una persona responsable de la seguridad electoral');
		expect(after.outdated).toEqual([`${GOV1}/statement`]);
		expect(after.translators.at(-1)).toEqual({ name: 'Ana Pérez', organisation: 'Traducciones Electorales' });
		// Only the title, the record (source, outdated) and the credit changed: every other line is as it was.
		const removed = before.split('\n').filter((line) => !readFileSync(path.join(work, CHAPTER), 'utf8').split('\n').includes(line));
		expect(removed).toEqual([`source: ${previous.source}`, `    title: ${previous.practices[0]!.title}`]);
		expect(node('scripts/check.ts').status).toBe(0);
		expect(node('scripts/l10n-status.ts', '--locale', 'es').stdout).toContain(`OUTDATED   chapter  ${CHAPTER}`);
	});

	it('a segment marked reviewed in the tool becomes current, and so does the chapter', () => {
		expect(node('scripts/l10n-export.ts', '--locale', 'es', '--out', 'kit').status).toBe(0);
		const imported = node('scripts/l10n-import.ts', translateToolkit(`${kit}.reviewed`, 'review', `${GOV1}/statement`));
		expect(imported.status, imported.stderr).toBe(0);
		expect(imported.stdout).toContain(`${CHAPTER}: 0 segment(s) changed, 1 marked reviewed`);
		expect(frontmatter(CHAPTER).outdated).toBeUndefined();
		expect(node('scripts/l10n-status.ts', '--locale', 'es').stdout).toContain('es: 23/23 up-to-date (100%), 0 outdated, 0 missing');
	});
});

describe('the UI strings as Weblate reads them', () => {
	it("loads every string file of every locale with Translate Toolkit's i18next v4 format: the English keys, and every plural form of the language", () => {
		ensureDebianPackage('xliff2po', 'translate-toolkit');
		const locales = readdirSync(path.join(PROJECT_ROOT, 'locales')).filter((name) => statSync(path.join(PROJECT_ROOT, 'locales', name)).isDirectory());
		const namespaces = readdirSync(path.join(PROJECT_ROOT, 'locales/en')).filter((name) => name.endsWith('.json') && !name.startsWith('_'));
		const load = (locale: string) =>
			JSON.parse(
				execFileSync(
					'/usr/bin/python3',
					[path.join(PROJECT_ROOT, 'tests/support/i18next-v4.py'), locale, ...namespaces.map((name) => path.join(PROJECT_ROOT, 'locales', locale, name))],
					{ encoding: 'utf8' },
				),
			) as Record<string, Record<string, number>>;
		const english = Object.values(load('en'));
		const pluralForms = (locale: string) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories.length;
		for (const locale of locales.filter((name) => name !== 'en')) {
			const found = Object.values(load(locale));
			found.forEach((units, index) => {
				// The same units as the English, and each plural unit with every form the language has (six in Arabic).
				expect(Object.keys(units), `${locale} ${namespaces[index]}`).toEqual(Object.keys(english[index]!));
				for (const [id, forms] of Object.entries(units)) if (english[index]![id]! > 1) expect(forms, `${locale} ${namespaces[index]} ${id}`).toBe(pluralForms(locale));
			});
		}
	});
});

describe('kits the import refuses, with the file, the line and what to do; nothing is written', () => {
	let xliff: string;
	beforeAll(() => {
		expect(node('scripts/l10n-export.ts', '--locale', 'es', '--out', 'kit').status).toBe(0);
		xliff = readFileSync(kit, 'utf8');
	});
	const refused = (name: string, text: string) => {
		const file = path.join(work, 'kit', name);
		writeFileSync(file, text);
		const before = tree();
		const result = node('scripts/l10n-import.ts', `kit/${name}`);
		expect(result.status).toBe(1);
		expect(tree()).toBe(before);
		expect(result.stderr).not.toMatch(/^\s+at /m);
		return result.stderr.trim().split('\n');
	};
	const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

	it('a kit for another locale', () => {
		const text = xliff.replaceAll('target-language="es"', 'target-language="it"');
		expect(refused('other-locale.xlf', text)[0]).toBe(
			`kit/other-locale.xlf:3: content/chapters/en/governance-and-annual-review.mdx: the target language is it; a kit is for one translated locale of the template (fr, es, ar), the same in every <file>.`,
		);
	});

	it('a kit of another template version', () => {
		const text = xliff.replace('product-version="1.0.0"', 'product-version="0.9.0"');
		expect(refused('other-version.xlf', text)[0]).toBe(
			`kit/other-version.xlf:3: content/chapters/en/governance-and-annual-review.mdx: the kit is for template version 0.9.0; this project is at 1.0.0. Export a new kit with npm run l10n:export and carry your work over with your tool's translation memory.`,
		);
	});

	it('a kit of another product or edition', () => {
		const text = xliff.replace('product-name="Clean Elections Template"', 'product-name="Some Other Standard"');
		expect(refused('other-product.xlf', text)[0]).toBe(
			`kit/other-product.xlf:3: content/chapters/en/governance-and-annual-review.mdx: this document is from "Some Other Standard", not from the Clean Elections Template base; edition text is translated in the edition's own files. Import a kit exported with npm run l10n:export.`,
		);
	});

	it('a segment the template does not have', () => {
		const text = xliff.replace(`id="${GOV1}/title"`, `id="${GOV1}/subtitle"`);
		expect(refused('unknown-segment.xlf', text)[0]).toBe(
			`kit/unknown-segment.xlf:${lineOf(text, `${GOV1}/subtitle`)}: content/chapters/en/governance-and-annual-review.mdx: the template has no segment ${GOV1}/subtitle; the English has changed since this kit was exported, or the ID was edited. Export a new kit.`,
		);
	});

	it('a document the template does not have', () => {
		const text = xliff.replace('original="content/chapters/en/governance-and-annual-review.mdx"', 'original="content/chapters/en/secret-plans.mdx"');
		expect(refused('unknown-document.xlf', text)[0]).toBe(
			`kit/unknown-document.xlf:3: content/chapters/en/secret-plans.mdx: the template has no such source document. Export a new kit with npm run l10n:export.`,
		);
	});

	it('a strings file that is not valid JSON, which the kit would write into', () => {
		const strings = path.join(work, 'locales/es/common.json');
		const original = readFileSync(strings, 'utf8');
		writeFileSync(strings, original.replace(/\}\s*$/, ''));
		try {
			const unit = /<trans-unit id="(ui\/common\/[^"]+)"[^>]*>\s*<source>[^<]*<\/source>\s*<target state="translated">([^<]*)<\/target>/.exec(xliff)!;
			const text = xliff.replace(unit[0], unit[0].replace(`>${unit[2]}</target>`, `>${unit[2]} (revisado)</target>`));
			const fileLine = lineOf(text, 'original="locales/en/common.json"');
			expect(refused('broken-strings.xlf', text)[0]).toBe(
				`kit/broken-strings.xlf:${fileLine}: locales/en/common.json: locales/es/common.json is not valid JSON, so the kit's strings cannot be put into it. Run npm run check to see where, fix it, then import again.`,
			);
		} finally {
			writeFileSync(strings, original);
		}
	});

	it('a kit cut off in the middle, and one with a DOCTYPE', () => {
		const cut = xliff.slice(0, Math.floor(xliff.length / 2));
		const [first] = refused('cut.xlf', cut);
		expect(first).toMatch(/^kit\/cut\.xlf:\d+: The file is not well-formed XML \(.+\); it may have been cut short or damaged when edited\./);
		const doctype = xliff.replace(
			'<?xml version="1.0" encoding="UTF-8"?>\n',
			'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n',
		);
		expect(refused('doctype.xlf', doctype)[0]).toMatch(/^kit\/doctype\.xlf:2: The file has a <!DOCTYPE declaration, which a translation kit never needs/);
	});
});
