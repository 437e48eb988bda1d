import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import type { Publication } from '../../src/content/types.ts';
import { sortDiagnostics } from '../../src/diagnostics/diagnostic.ts';
import { readableDiff, staleAdaptations } from '../../src/resolve/drift.ts';
import { editionChapters } from '../../src/resolve/edition-view.ts';
import { resolveTerms } from '../../src/resolve/terms.ts';
import { copyProject } from '../support/project-copy.ts';

const project = path.resolve(import.meta.dirname, '../..');
const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const { publication } = loadContent(project);
const lineOf = (file: string, text: string) =>
	readFileSync(path.join(project, file), 'utf8')
		.split('\n')
		.findIndex((line) => line.includes(text)) + 1;

describe('edition validation', () => {
	it('reports every bad edition input with its file and line', () => {
		const { diagnostics } = loadContent(path.join(fixtures, 'bad-editions'));
		expect(sortDiagnostics(diagnostics).map((d) => `${d.file}:${d.line}:${d.column} ${d.code}: ${d.message}`)).toMatchInlineSnapshot(`
			[
			  "content/chapters/en/alpha.mdx:48:1 UnknownTerm: The term mayor is not defined; content/terms.yaml defines emb.",
			  "content/editions/aa/adaptations.yaml:2:5 UnknownPractice: There is no base practice ALP-9.",
			  "content/editions/aa/adaptations.yaml:6:5 InvalidField: practices[1].notApplicable.reason: this required field is missing. Give this text once per language, for example { en: …, fr: … }.",
			  "content/editions/aa/adaptations.yaml:10:5 UnknownChapter: There is no chapter nope.",
			  "content/editions/aa/adaptations.yaml:23:7 InvalidField: added[1].text.en.question: An observable practice needs the question a citizen observer answers yes or no, for example "Is the count being recorded on video?". Add \`question:\`, or set observable to false.",
			  "content/editions/aa/adaptations.yaml:28:5 UnknownSection: The chapter alpha has no section {#nowhere}.",
			  "content/editions/aa/adaptations.yaml:30:5 MissingLocaleText: This text has no version in fr, which the edition publishes.",
			  "content/editions/aa/adaptations.yaml:30:13 SectionHtml: The en text of this section contains HTML; write it in Markdown only.",
			  "content/editions/aa/edition.yaml:9:3 UnknownTerm: The term mayor is not defined; content/terms.yaml defines emb.",
			  "content/editions/aa/edition.yaml:10:3 MissingLocaleText: This text has no version in fr, which the edition publishes.",
			  "content/editions/bb/edition.yaml:1:1 EditionCodeCollision: The edition code aa is already taken by content/editions/aa/edition.yaml.",
			  "content/editions/bb/edition.yaml:1:1 EditionFolderMismatch: The edition code aa does not match its folder content/editions/bb/.",
			  "content/editions/cc/edition.yaml:4:15 EditionUnknownLocale: The locale de is not one of the template (en, fr), and this edition supplies no translation for it.",
			  "content/editions/cc/edition.yaml:5:1 EditionUnknownVersion: The template version 9.9.9 does not exist; the releases are 1.0.0.",
			  "content/editions/dd/edition.yaml:1:1 InvalidField: code: Write the edition code in lower case, 2 to 16 letters, digits or hyphens, for example ca.",
			  "content/editions/dd/edition.yaml:1:1 InvalidField: country: this required field is missing. Give the country as an ISO 3166-1 alpha-2 code such as CA.",
			]
		`);
	});
});

describe('the Canada edition', () => {
	const chapters = (locale: string) => editionChapters(publication!, 'ca', locale);
	const practice = (locale: string, id: string) =>
		chapters(locale)
			.flatMap((chapter) => chapter.data.practices)
			.find((candidate) => candidate.id === id)!;

	it('has at least ten adaptations of every required kind', () => {
		const edition = publication!.editions.find((candidate) => candidate.manifest.data.code === 'ca')!;
		const { practices, added, sections } = edition.adaptations.data;
		const terms = Object.keys(edition.manifest.data.terms);
		expect(terms).toEqual(['emb', 'electoral-law', 'privacy-regulator']);
		expect(practices.filter((adaptation) => adaptation.note).length).toBeGreaterThanOrEqual(5);
		expect(practices.some((adaptation) => adaptation.notApplicable)).toBe(true);
		expect(added.length).toBeGreaterThanOrEqual(1);
		expect(sections.some((section) => section.mode === 'replace')).toBe(true);
		expect(terms.length + practices.length + added.length + sections.length).toBeGreaterThanOrEqual(10);
	});

	it('resolves terms to Canadian institutions in both languages, and keeps the neutral wording in the base', () => {
		expect(practice('en', 'IAC-1').statement).toContain('include Elections Canada,');
		expect(practice('fr', 'IAC-1').statement).toContain('comprennent Élections Canada,');
		expect(practice('fr', 'DAT-4').statement).toContain('informent le Commissaire à la protection de la vie privée du Canada');
		const base = editionChapters(publication!, 'base', 'en')
			.flatMap((chapter) => chapter.data.practices)
			.find((candidate) => candidate.id === 'IAC-1')!;
		expect(base.statement).toContain('include the election management body,');
		expect(base.mark).toBeUndefined();
	});

	it('marks every change: notes, a new statement, not applicable with its reason, an added practice, a replaced section', () => {
		expect(practice('en', 'INC-2').mark).toMatchObject({ kind: 'adapted', changes: ['note'] });
		expect(practice('en', 'PLT-3').mark?.changes).toEqual(['statement', 'note']);
		expect(practice('fr', 'TEC-3').mark?.notApplicable).toContain('dépouillés à la main');
		const dat = chapters('en').find((chapter) => chapter.data.slug === 'voter-data-and-party-privacy')!;
		expect(dat.data.practices.at(-1)).toMatchObject({ id: 'CA-DAT-1', mark: { kind: 'added' }, points: 2 });
		expect(practice('en', 'DAT-6')).toMatchObject({ bonus: 1 });
		const inc = chapters('fr').find((chapter) => chapter.data.slug === 'critical-incident-protocol')!;
		expect(inc.sections).toEqual([expect.objectContaining({ mode: 'replace', anchor: 'adapting', id: 'adapting', title: 'Application de ce chapitre au Canada' })]);
	});
});

describe('drift', () => {
	it('reports an adaptation as stale, with a word diff, when its base practice changes', () => {
		const changed: Publication = {
			...publication!,
			chapters: publication!.chapters.map((chapter) =>
				chapter.name === 'critical-incident-protocol'
					? {
							...chapter,
							data: {
								...chapter.data,
								practices: chapter.data.practices.map((item) => (item.id === 'INC-2' ? { ...item, statement: item.statement.replace('at least three', 'at least five') } : item)),
							},
						}
					: chapter,
			),
		};
		expect(staleAdaptations(publication!)).toEqual([]);
		const [stale, ...others] = staleAdaptations(changed);
		expect(others).toEqual([]);
		expect(stale).toMatchObject({ edition: 'ca', file: 'content/editions/ca/adaptations.yaml', label: 'practice INC-2', locales: ['en', 'fr'] });
		expect(stale!.line).toBe(lineOf('content/editions/ca/adaptations.yaml', '- practice: INC-2'));
		expect(stale!.diff).toContain('at least [-three-]{+five+} senior');
	});

	it('shows only the changed lines of a diff', () => {
		expect(readableDiff('one\ntwo words\nthree', 'one\ntwo new words\nthree')).toBe('two {+new +}words');
	});

	it('resolves term markers and leaves unknown ones visible', () => {
		expect(resolveTerms('Ask <Term id="emb" /> and <Term id="nope" />.', new Map([['emb', 'Elections Canada']]))).toBe('Ask Elections Canada and <Term id="nope" />.');
	});
});

describe('on a copy of the project', () => {
	let work: string;
	const node = (...args: string[]) => spawnSync(process.execPath, args, { cwd: work, encoding: 'utf8', env: { ...process.env, CET_PDF: '0' } });

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
		const part = node('scripts/build.ts', '--edition', 'xk', '--out', 'dist-xk');
		expect(part.status, part.stderr).toBe(0);
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
		expect(node('scripts/fork.ts', 'xk', '--name', 'Again').stderr).toContain('The edition code xk is already taken.');
	}, 600_000);

	it('editions:status names a stale adaptation with its diff, the build warns, and a strict build fails', () => {
		const source = path.join(work, 'content/chapters/en/critical-incident-protocol.mdx');
		writeFileSync(source, readFileSync(source, 'utf8').replace('a panel of at least three senior', 'a panel of at least five senior'));
		const status = node('scripts/editions-status.ts');
		expect(status.status).toBe(1);
		expect(status.stdout).toContain(
			`content/editions/ca/adaptations.yaml:${lineOf('content/editions/ca/adaptations.yaml', '- practice: INC-2')} practice INC-2 [en, fr]: the base text changed since this adaptation was written`,
		);
		expect(status.stdout).toContain('at least [-three-]{+five+} senior');
		const strict = node('scripts/build.ts', '--strict', '--edition', 'ca', '--out', 'dist-strict');
		expect(strict.status).not.toBe(0);
		expect(strict.stdout + strict.stderr).toContain('1 stale edition adaptation(s)');
		expect(existsSync(path.join(work, 'dist-strict'))).toBe(false);
		const accepted = node('scripts/editions-accept.ts', 'ca');
		expect(accepted.stdout).toContain('practice INC-2: base recorded');
		expect(node('scripts/editions-status.ts').status).toBe(0);
	}, 300_000);
});
