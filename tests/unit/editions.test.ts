/**
 * Editions and terms. Each scenario under tests/fixtures/edition-errors/ is the
 * minimal fixture with one mistake, and its snapshot is the whole report; drift
 * runs on the minimal fixture's edition. The last part works on a copy of the
 * whole project: forking, building and merging editions.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/build/check-project.ts';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import type { Publication } from '../../src/content/types.ts';
import { readableDiff, staleAdaptations } from '../../src/resolve/drift.ts';
import { resolveTerms } from '../../src/resolve/terms.ts';
import type { Practice } from '../../src/schemas/practice.ts';
import { located, MINIMAL, scenarioFolders, scenariosNamed, withFixture } from '../support/fixture-project.ts';
import { copyProject } from '../support/project-copy.ts';

const project = path.resolve(import.meta.dirname, '../..');
const lineOf = (root: string, file: string, text: string) =>
	readFileSync(path.join(root, file), 'utf8')
		.split('\n')
		.findIndex((line) => line.includes(text)) + 1;
const diagnosed = (scenario: string) => withFixture([scenario], (root) => located(loadContent(root).diagnostics));

describe('edition validation: one mistake per fixture', () => {
	it('has a test for every scenario folder', () => {
		expect(scenarioFolders('edition-errors')).toEqual(scenariosNamed(import.meta.filename, 'edition-errors'));
	});

	it('a term a chapter uses that content/terms.yaml does not define', () => {
		expect(diagnosed('edition-errors/chapter-unknown-term')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/beta.mdx:36:1 UnknownTerm: The term mayor is not defined; content/terms.yaml defines emb, audit.",
			]
		`);
	});

	it('an adaptation of a practice that does not exist', () => {
		expect(diagnosed('edition-errors/adaptation-unknown-practice')).toMatchInlineSnapshot(`
			[
			  "content/editions/aa/adaptations.yaml:2:5 UnknownPractice: There is no base practice ALP-9.",
			]
		`);
	});

	it('not applicable without a reason', () => {
		expect(diagnosed('edition-errors/not-applicable-without-reason')).toMatchInlineSnapshot(`
			[
			  "content/editions/aa/adaptations.yaml:3:5 InvalidField: practices[0].notApplicable.reason: this required field is missing. Give this text once per language, for example { en: …, fr: … }.",
			]
		`);
	});

	it('an added practice in a chapter that does not exist', () => {
		expect(diagnosed('edition-errors/added-unknown-chapter')).toMatchInlineSnapshot(`
			[
			  "content/editions/aa/adaptations.yaml:15:5 UnknownChapter: There is no chapter nope.",
			]
		`);
	});

	it('an observable added practice without its observer question in one locale', () => {
		expect(diagnosed('edition-errors/added-observable-without-question')).toMatchInlineSnapshot(`
			[
			  "content/editions/aa/adaptations.yaml:21:7 InvalidField: added[0].text.en.question: An observable practice needs the question a citizen observer answers yes or no, for example "Is the count being recorded on video?". Add \`question:\`, or set observable to false.",
			]
		`);
	});

	it('a replaced section that does not exist', () => {
		expect(diagnosed('edition-errors/section-unknown-anchor')).toMatchInlineSnapshot(`
			[
			  "content/editions/aa/adaptations.yaml:38:5 UnknownSection: The chapter alpha has no section {#nowhere}.",
			]
		`);
	});

	it('a section text missing in a locale of the edition', () => {
		expect(diagnosed('edition-errors/section-missing-locale-text')).toMatchInlineSnapshot(`
			[
			  "content/editions/aa/adaptations.yaml:40:5 MissingLocaleText: This text has no version in fr, which the edition publishes.",
			]
		`);
	});

	it('HTML in a section text', () => {
		expect(diagnosed('edition-errors/section-html')).toMatchInlineSnapshot(`
			[
			  "content/editions/aa/adaptations.yaml:40:13 SectionHtml: The en text of this section contains HTML; write it in Markdown only.",
			]
		`);
	});

	it('a value for a term the template does not define', () => {
		expect(diagnosed('edition-errors/edition-unknown-term')).toMatchInlineSnapshot(`
			[
			  "content/editions/aa/edition.yaml:9:3 UnknownTerm: The term mayor is not defined; content/terms.yaml defines emb, audit.",
			]
		`);
	});

	it('a term value missing in a locale of the edition', () => {
		expect(diagnosed('edition-errors/edition-term-missing-locale')).toMatchInlineSnapshot(`
			[
			  "content/editions/aa/edition.yaml:9:3 TermMissingLocale: The term emb has no value for fr.",
			]
		`);
	});

	it('a term value without every form of its locale', () => {
		expect(diagnosed('edition-errors/edition-term-form-missing')).toMatchInlineSnapshot(`
			[
			  "content/editions/aa/edition.yaml:10:5 TermFormMissing: The term emb has no start form in en; each value there gives definite, start.",
			]
		`);
	});

	it('a term form the locale does not have, in a practice field and in the body', () => {
		expect(diagnosed('edition-errors/chapter-term-form-unknown')).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/alpha.mdx:15:5 TermFormUnknown: There is no form genitive in en; its forms are definite, start.",
			  "content/chapters/en/alpha.mdx:39:1 TermFormUnknown: There is no form of in en; its forms are definite, start.",
			]
		`);
	});

	it('a neutral default with a form its locale does not have, and without one it has', () => {
		expect(diagnosed('edition-errors/terms-default-form-missing')).toMatchInlineSnapshot(`
			[
			  "content/terms.yaml:18:7 TermFormMissing: The term audit has no of form in fr; each value there gives definite, of.",
			  "content/terms.yaml:18:34 TermFormUnknown: There is no form to in fr; its forms are definite, of.",
			]
		`);
	});

	it('sections that, once the overlay is applied, take the anchor of a section or of a part of the page', () => {
		// Checked with everything npm run check runs: the overlay is validated once it is applied.
		expect(withFixture(['edition-errors/overlay-anchor-clash'], (root) => located(checkProject(root).diagnostics))).toMatchInlineSnapshot(`
			[
			  "content/editions/aa/adaptations.yaml:47:5 OverlayInvalid: The section {#threats} of alpha (en, fr), with the edition aa applied, has the anchor of the section {#threats}.",
			  "content/editions/aa/adaptations.yaml:53:5 OverlayInvalid: The section {#sources} of alpha (en, fr), with the edition aa applied, has the anchor of a part of the page.",
			  "content/editions/aa/adaptations.yaml:57:13 ReservedSectionAnchor: In the en text of the section {#sources}: The anchor {#sources} is taken by a part of the page the site adds itself.",
			  "content/editions/aa/adaptations.yaml:57:26 ReservedSectionAnchor: In the fr text of the section {#sources}: The anchor {#sources} is taken by a part of the page the site adds itself.",
			]
		`);
	});

	it('a section body that the content lint refuses, at its own line: a broken link and a skipped heading level', () => {
		expect(withFixture(['edition-errors/section-lint'], (root) => located(checkProject(root).diagnostics))).toMatchInlineSnapshot(`
			[
			  "content/editions/aa/adaptations.yaml:42:65 BrokenPageLink: In the en text of the section {#adapting}: The link nowhere.html does not resolve: the site has no page nowhere.html in an edition.",
			  "content/editions/aa/adaptations.yaml:44:9 HeadingLevelSkipped: In the en text of the section {#adapting}: The heading goes from level 2 to level 4, skipping a level.",
			]
		`);
	});

	it('the code of another edition: two messages for one mistake', () => {
		expect(diagnosed('edition-errors/edition-code-collision')).toMatchInlineSnapshot(`
			[
			  "content/editions/bb/edition.yaml:1:1 EditionCodeCollision: The edition code aa is already taken by content/editions/aa/edition.yaml.",
			  "content/editions/bb/edition.yaml:1:1 EditionFolderMismatch: The edition code aa does not match its folder content/editions/bb/.",
			]
		`);
	});

	it('the code of a locale of the template', () => {
		expect(diagnosed('edition-errors/edition-code-locale')).toMatchInlineSnapshot(`
			[
			  "content/editions/fr/edition.yaml:1:1 EditionCodeReserved: The edition code fr is reserved: it is the code of the locale fr, so the edition's pages and those would be written to the same place.",
			]
		`);
	});

	it('the name of a folder the build writes itself', () => {
		expect(diagnosed('edition-errors/edition-code-build-folder')).toMatchInlineSnapshot(`
			[
			  "content/editions/downloads/edition.yaml:1:1 EditionCodeReserved: The edition code downloads is reserved: it is the name of the folder downloads/ that the build writes itself, so the edition's pages and those would be written to the same place.",
			]
		`);
	});

	it('a locale the template does not have', () => {
		expect(diagnosed('edition-errors/edition-unknown-locale')).toMatchInlineSnapshot(`
			[
			  "content/editions/cc/edition.yaml:4:15 EditionUnknownLocale: The locale de is not one of the template (en, fr), and this edition supplies no translation for it.",
			]
		`);
	});

	it('a template version that was never released', () => {
		expect(diagnosed('edition-errors/edition-unknown-version')).toMatchInlineSnapshot(`
			[
			  "content/editions/aa/edition.yaml:5:1 EditionUnknownVersion: The template version 9.9.9 does not exist; the releases are 1.0.0.",
			]
		`);
	});

	it('an edition code in capitals', () => {
		expect(diagnosed('edition-errors/edition-code-invalid')).toMatchInlineSnapshot(`
			[
			  "content/editions/aa/edition.yaml:1:1 InvalidField: code: Write the edition code in lower case, 2 to 16 letters, digits or hyphens, for example ca.",
			]
		`);
	});

	it('no country', () => {
		expect(diagnosed('edition-errors/edition-country-missing')).toMatchInlineSnapshot(`
			[
			  "content/editions/aa/edition.yaml:1:1 InvalidField: country: this required field is missing. Give the country as an ISO 3166-1 alpha-2 code such as CA.",
			]
		`);
	});

	it('a new adaptation with no recorded base: valid content, and a warning with the command that records it', () => {
		expect(diagnosed('edition-errors/adaptation-unrecorded')).toEqual([]);
		const checked = withFixture(['edition-errors/adaptation-unrecorded'], (root) => checkProject(root).diagnostics);
		expect(checked.every((diagnostic) => diagnostic.severity === 'warning')).toBe(true);
		expect(located(checked)).toMatchInlineSnapshot(`
			[
			  "content/editions/aa/adaptations.yaml:2:5 UnrecordedAdaptation: The adaptation of practice ALP-1 has no recorded base yet, so a later change to the base text could not be detected; once it is reviewed, run npm run editions:accept -- aa.",
			  "content/editions/aa/adaptations.yaml:27:5 UnrecordedAdaptation: The adaptation of section alpha#adapting has no recorded base yet, so a later change to the base text could not be detected; once it is reviewed, run npm run editions:accept -- aa.",
			]
		`);
	});

	it('gives each error a hint that says what to do', () => {
		for (const name of scenarioFolders('edition-errors')) {
			const diagnostics = withFixture([`edition-errors/${name}`], (root) => loadContent(root).diagnostics);
			for (const diagnostic of diagnostics) expect(diagnostic.hint, `${name}: ${diagnostic.code}`).toBeTruthy();
		}
	});
});

describe('drift', () => {
	const { publication } = loadContent(MINIMAL);

	it('reports an adaptation as stale, with a word diff, when its base practice changes', () => {
		const reworded = (item: Practice) => (item.id === 'ALP-1' ? { ...item, statement: item.statement.replace('the first thing', 'the whole thing') } : item);
		const chapters = publication!.chapters.map((chapter) =>
			chapter.name === 'alpha' ? { ...chapter, data: { ...chapter.data, practices: chapter.data.practices.map(reworded) } } : chapter,
		);
		const changed: Publication = { ...publication!, chapters };
		expect(staleAdaptations(publication!)).toEqual([]);
		const [stale, ...others] = staleAdaptations(changed);
		expect(others).toEqual([]);
		expect(stale).toMatchObject({ edition: 'aa', file: 'content/editions/aa/adaptations.yaml', label: 'practice ALP-1', locales: ['en', 'fr'] });
		expect(stale!.line).toBe(lineOf(MINIMAL, 'content/editions/aa/adaptations.yaml', '- practice: ALP-1'));
		expect(stale!.diff).toContain('to do the [-first-]{+whole+} thing');
	});

	it('shows only the changed lines of a diff', () => {
		expect(readableDiff('one\ntwo words\nthree', 'one\ntwo new words\nthree')).toBe('two {+new +}words');
	});

	it('resolves term markers in the form they ask for, and leaves unknown ones visible', () => {
		const table = new Map([['emb', { definite: 'Élections Canada', of: "d'Élections Canada" }]]);
		expect(resolveTerms('Demander <Term id="emb" />, le site <Term id="emb" form="of" /> et <Term id="nope" />, <Term id="emb" form="to" />.', table)).toBe(
			'Demander Élections Canada, le site d\'Élections Canada et <Term id="nope" />, <Term id="emb" form="to" />.',
		);
	});
});

describe('on a copy of the project', () => {
	let work: string;
	const node = (...args: string[]) => spawnSync(process.execPath, args, { cwd: work, encoding: 'utf8', env: { ...process.env, CET_PDF: '0', GITHUB_OUTPUT: undefined } });

	beforeAll(() => {
		work = copyProject('editions');
	});
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('a fork builds at once, alone or merged with the rest, and appears in the manifest', () => {
		const forked = node('scripts/fork.ts', 'xk', '--name', 'Kosovo', '--locales', 'en,fr');
		expect(forked.status, forked.stderr).toBe(0);
		expect(readFileSync(path.join(work, 'content/editions/xk/adaptations.yaml'), 'utf8')).toContain('#     notApplicable:');
		expect(node('scripts/check.ts').status).toBe(0);
		// A whole local chapter, in both of the edition's locales.
		for (const [locale, title] of [
			['en', 'Local elections'],
			['fr', 'Élections locales'],
		] as const) {
			const dir = path.join(work, 'content/editions/xk/chapters', locale);
			mkdirSync(dir, { recursive: true });
			writeFileSync(
				path.join(dir, 'local-elections.mdx'),
				`---\nslug: local-elections\ncode: XK-LOC\norder: 13\ntitle: ${title}\nsummary: ${title}.\npillar: govern\nstatus: draft\nreviewed: 2026-11-02\ncontributors:\n  - name: Test\npractices:\n  - id: XK-LOC-1\n    title: ${title}\n    statement: Publish the municipal election calendar.\n    rationale: Because.\n    implementation: [Publish it.]\n    evidence: [The calendar.]\n    tier: silver\n    kind: credit\n    points: 1\n    observable: false\n---\n\n## ${title} {#why}\n\nText.\n\n## Threats {#threats}\n\n- A threat.\n\n## Adapting {#adapting}\n\nText.\n`,
			);
		}
		const withChapter = node('scripts/check.ts');
		expect(withChapter.status, withChapter.stderr).toBe(0);
		// A part goes to a folder of its own: a whole build already in dist/ is left as it was.
		mkdirSync(path.join(work, 'dist'));
		writeFileSync(path.join(work, 'dist/whole-build.txt'), 'kept');
		const part = node('scripts/build.ts', '--edition', 'xk');
		expect(part.status, part.stderr).toBe(0);
		expect(part.stdout).toContain('Built dist-xk/ in ');
		expect(part.stdout).toContain('This is a part of the publication: dist/ was left as it was. To publish parts together: npm run merge -- dist-xk <other parts…> --out dist');
		expect(readFileSync(path.join(work, 'dist/whole-build.txt'), 'utf8')).toBe('kept');
		rmSync(path.join(work, 'dist'), { recursive: true });
		// Its root index lists only what it built.
		const rootIndex = readFileSync(path.join(work, 'dist-xk/index.html'), 'utf8');
		expect([...rootIndex.matchAll(/<section class="edition-choice" aria-labelledby="([^"]+)"/g)].map((match) => match[1])).toEqual(['edition-xk']);
		const targets = [...rootIndex.matchAll(/href="([^"#:]+)(#[^"]*)?"/g)].map((match) => match[1]!);
		expect(targets).toContain('xk/fr/index.html');
		expect(targets.filter((target) => !existsSync(path.join(work, 'dist-xk', target)))).toEqual([]);
		const partManifest = JSON.parse(readFileSync(path.join(work, 'dist-xk/manifest.json'), 'utf8')) as { editions: Array<{ code: string; locales: Array<{ code: string }> }> };
		expect(partManifest.editions.map((edition) => [edition.code, edition.locales.map((locale) => locale.code)])).toEqual([['xk', ['en', 'fr']]]);
		expect(existsSync(path.join(work, 'dist-xk/xk/fr/critical-incident-protocol.html'))).toBe(true);
		expect(readFileSync(path.join(work, 'dist-xk/xk/fr/local-elections.html'), 'utf8')).toContain('Élections locales');
		const xkPages = (
			JSON.parse(readFileSync(path.join(work, 'dist-xk/manifest.json'), 'utf8')) as {
				editions: Array<{ locales: Array<{ pages: Array<{ path: string; practiceIds: string[] }> }> }>;
			}
		).editions[0]!.locales[0]!.pages;
		expect(xkPages.find((entry) => entry.path === 'xk/en/local-elections.html')?.practiceIds).toEqual(['XK-LOC-1']);
		const base = node('scripts/build.ts', '--edition', 'base', '--locale', 'en', '--out', 'dist-base');
		expect(base.status, base.stderr).toBe(0);
		const merged = node('scripts/merge.ts', 'dist-base', 'dist-xk', '--out', 'dist');
		expect(merged.status, merged.stderr).toBe(0);
		// The merged root index lists what every part built, and links only to pages that are there.
		const mergedIndex = readFileSync(path.join(work, 'dist/index.html'), 'utf8');
		expect([...mergedIndex.matchAll(/<section class="edition-choice" aria-labelledby="([^"]+)"/g)].map((match) => match[1])).toEqual(['edition-base', 'edition-xk']);
		const mergedTargets = [...mergedIndex.matchAll(/href="([^"#:]+)(#[^"]*)?"/g)].map((match) => match[1]!);
		expect(mergedTargets).toEqual(expect.arrayContaining(['base/en/index.html', 'xk/en/index.html', 'xk/fr/index.html']));
		expect(mergedTargets.filter((target) => !existsSync(path.join(work, 'dist', target)))).toEqual([]);
		const manifest = JSON.parse(readFileSync(path.join(work, 'dist/manifest.json'), 'utf8')) as typeof partManifest;
		expect(manifest.editions.map((edition) => [edition.code, edition.locales.map((locale) => locale.code)])).toEqual([
			['base', ['en']],
			['xk', ['en', 'fr']],
		]);
		expect(
			spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: path.join(work, 'dist/downloads'), encoding: 'utf8' })
				.stdout.split('\n')
				.filter(Boolean),
		).toHaveLength(12); // three exports and a bundle for each of base-en, xk-en, xk-fr (PDFs off)
		// The CI matrix has a part for each locale of the fork; a merge that leaves parts out does not pass verify:site.
		const matrix = node('scripts/ci-matrix.ts');
		expect(matrix.status, matrix.stderr).toBe(0);
		expect((JSON.parse(matrix.stdout) as { include: Array<{ part: string }> }).include.map((entry) => entry.part).slice(-2)).toEqual(['dist-xk-en', 'dist-xk-fr']);
		const incomplete = node('scripts/verify-site.ts', 'dist');
		expect(incomplete.status).toBe(1);
		expect(incomplete.stderr).toContain('dist/base/en/index.html: href="../fr/index.html" points to base/fr/index.html, which is not a file of the site.\n');
		// A part that was never built (or never downloaded) is one line, and nothing is merged.
		const unbuilt = node('scripts/merge.ts', 'dist-base', 'dist-nowhere', '--out', 'dist-unbuilt');
		expect([unbuilt.status, unbuilt.stderr]).toEqual([
			1,
			'dist-nowhere: not a built part (no manifest.json); build each part with npm run build -- --edition <code> --locale <code>, then merge.\n',
		]);
		expect(existsSync(path.join(work, 'dist-unbuilt'))).toBe(false);
		expect(node('scripts/fork.ts', 'xk', '--name', 'Again').stderr).toContain('The edition code xk is already taken.');
	}, 600_000);

	it('editions:status names a stale adaptation with its diff, the build warns, and a strict build fails', () => {
		const source = path.join(work, 'content/chapters/en/critical-incident-protocol.mdx');
		writeFileSync(source, readFileSync(source, 'utf8').replace('a panel of at least three senior', 'a panel of at least five senior'));
		const status = node('scripts/editions-status.ts');
		expect(status.status).toBe(1);
		expect(status.stdout).toContain(
			`content/editions/ca/adaptations.yaml:${lineOf(project, 'content/editions/ca/adaptations.yaml', '- practice: INC-2')} practice INC-2 [en, fr]: the base text changed since this adaptation was written`,
		);
		expect(status.stdout).toContain('at least [-three-]{+five+} senior');
		const strict = node('scripts/build.ts', '--strict', '--edition', 'ca', '--out', 'dist-strict');
		expect(strict.status).not.toBe(0);
		expect(strict.stdout + strict.stderr).toContain('1 stale edition adaptation(s)');
		expect(existsSync(path.join(work, 'dist-strict'))).toBe(false);
		// Without --stale, a stale adaptation is left for review; with it, its new base is recorded.
		const inc2 = lineOf(work, 'content/editions/ca/adaptations.yaml', '- practice: INC-2');
		const unreviewed = node('scripts/editions-accept.ts', 'ca');
		expect(unreviewed.status).toBe(0);
		expect(unreviewed.stdout).toBe(
			`0 adaptation(s) recorded for ca.\n1 stale adaptation(s) left as they were: content/editions/ca/adaptations.yaml:${inc2} practice INC-2. Review each against the new base (npm run editions:status), then run npm run editions:accept -- ca --stale.\n`,
		);
		const accepted = node('scripts/editions-accept.ts', 'ca', '--stale');
		expect(accepted.stdout).toContain(`content/editions/ca/adaptations.yaml:${inc2} practice INC-2: base recorded anew (it was stale)`);
		expect(node('scripts/editions-status.ts').status).toBe(0);
	}, 300_000);

	it('a new adaptation: check warns and names the command, a strict build fails, editions:accept records it and only it', () => {
		const file = path.join(work, 'content/editions/ca/adaptations.yaml');
		const before = readFileSync(file, 'utf8');
		writeFileSync(file, before.replace('practices:\n', 'practices:\n  - practice: TEC-1\n    note:\n      en: A note.\n      fr: Une note.\n'));
		const line = lineOf(work, 'content/editions/ca/adaptations.yaml', '- practice: TEC-1');
		const message = `The adaptation of practice TEC-1 has no recorded base yet, so a later change to the base text could not be detected; once it is reviewed, run npm run editions:accept -- ca.`;
		const check = node('scripts/check.ts');
		expect(check.status).toBe(0);
		expect(check.stderr).toContain(`content/editions/ca/adaptations.yaml:${line}:5 warning UnrecordedAdaptation: ${message}`);
		const status = node('scripts/editions-status.ts');
		expect(status.status).toBe(1);
		expect(status.stdout).toContain('ca (pinned to 1.0.0, template now 1.0.0): 1 unrecorded adaptation(s)');
		expect(status.stdout).toContain(`content/editions/ca/adaptations.yaml:${line} ${message}`);
		const strict = node('scripts/build.ts', '--strict', '--edition', 'ca', '--out', 'dist-strict');
		expect(strict.status).not.toBe(0);
		expect(strict.stdout + strict.stderr).toContain('1 edition adaptation(s) without a recorded base; review them, then run npm run editions:accept -- <edition>.');
		expect(existsSync(path.join(work, 'dist-strict'))).toBe(false);
		// A stale adaptation beside it stays as it is: only the new one is recorded.
		const source = path.join(work, 'content/chapters/en/critical-incident-protocol.mdx');
		const chapter = readFileSync(source, 'utf8');
		writeFileSync(source, chapter.replace(/a panel of at least \w+ senior/, 'a panel of at least seven senior'));
		const accepted = node('scripts/editions-accept.ts', 'ca');
		expect(accepted.status).toBe(0);
		expect(accepted.stdout.split('\n').slice(0, 2)).toEqual([`content/editions/ca/adaptations.yaml:${line} practice TEC-1: base recorded`, '1 adaptation(s) recorded for ca.']);
		expect(accepted.stdout).toContain('1 stale adaptation(s) left as they were');
		expect(readFileSync(file, 'utf8')).toContain('  - practice: TEC-1\n    note:\n      en: A note.\n      fr: Une note.\n    base:\n      hash: ');
		writeFileSync(source, chapter);
		const clean = node('scripts/check.ts');
		expect(clean.status).toBe(0);
		expect(clean.stderr).not.toContain('UnrecordedAdaptation');
		writeFileSync(file, before);
	}, 300_000);

	it('npm run build runs the content lint and stops on its errors', () => {
		const source = path.join(work, 'content/chapters/en/critical-incident-protocol.mdx');
		const chapter = readFileSync(source, 'utf8');
		const text = chapter.slice(chapter.indexOf('## Why this matters'));
		const paragraph = text.split('\n')[2]!;
		writeFileSync(source, chapter.replace(paragraph, `${paragraph} See [the missing page](no-such-chapter.html).`));
		const line = lineOf(work, 'content/chapters/en/critical-incident-protocol.mdx', 'no-such-chapter.html');
		const build = node('scripts/build.ts', '--edition', 'base', '--locale', 'en', '--out', 'dist-lint');
		expect(build.status).not.toBe(0);
		expect(build.stdout + build.stderr).toContain(`content/chapters/en/critical-incident-protocol.mdx:${line}:`);
		expect(build.stdout + build.stderr).toContain('error BrokenPageLink: The link no-such-chapter.html does not resolve');
		expect(build.stderr).toContain('The build failed; dist-lint/ was left as it was.');
		expect(existsSync(path.join(work, 'dist-lint'))).toBe(false);
		writeFileSync(source, chapter);
	}, 300_000);
});
