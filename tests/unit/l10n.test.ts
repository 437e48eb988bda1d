/**
 * Translations and UI strings. Each scenario under tests/fixtures/translation-errors/
 * and tests/fixtures/string-errors/ is the minimal fixture with one mistake; its
 * snapshot is the whole report. Hashes and status run on the minimal fixture.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import { checkStrings } from '../../src/ui-strings/read-strings-fs.ts';
import { pluralFormsOf } from '../../src/ui-strings/string-keys.ts';
import { keyUses } from '../../src/ui-strings/string-usage.ts';
import { chapterHash } from '../../src/content/content-hash.ts';
import { localizedChapters } from '../../src/resolve/localize.ts';
import { localeStatus } from '../../src/translation/status.ts';
import { withSourceHash } from '../../src/translation/stamp-fs.ts';
import { uiNamespaces } from '../../src/ui-strings/ui-status-fs.ts';
import { located, MINIMAL, scenarioFolders, scenariosNamed, withFixture } from '../support/fixture-project.ts';

const diagnosed = (scenario: string) => withFixture([scenario], (root) => located(loadContent(root).diagnostics));
const stringsChecked = (scenario: string) => withFixture([scenario], (root) => located(checkStrings(root, 'en', ['en', 'fr'])));

describe('translation parity: one mistake per fixture', () => {
	it('has a test for every scenario folder', () => {
		expect(scenarioFolders('translation-errors')).toEqual(scenariosNamed(import.meta.filename, 'translation-errors'));
	});

	it('a practice of the source left out', () => {
		expect(diagnosed('translation-errors/practice-missing')).toMatchInlineSnapshot(`
			[
			  "content/chapters/fr/alpha.mdx:5:1 TranslationPracticeMissing: The practice ALP-2 of the source is not translated here.",
			]
		`);
	});

	it('a term marker of a practice left out', () => {
		expect(diagnosed('translation-errors/practice-term-missing')).toMatchInlineSnapshot(`
			[
			  "content/chapters/fr/alpha.mdx:6:5 TranslationTermsMismatch: ALP-1 uses the terms none; its source uses emb.",
			]
		`);
	});

	it('an implementation step left out', () => {
		expect(diagnosed('translation-errors/list-length')).toMatchInlineSnapshot(`
			[
			  "content/chapters/fr/alpha.mdx:10:5 TranslationListLength: ALP-1 has 1 implementation item; the source has 2.",
			]
		`);
	});

	it('an observer question the source does not have', () => {
		expect(diagnosed('translation-errors/field-extra')).toMatchInlineSnapshot(`
			[
			  "content/chapters/fr/alpha.mdx:12:5 TranslationFieldExtra: ALP-1 has a question, but the source practice has none.",
			]
		`);
	});

	it('a practice the source does not have', () => {
		expect(diagnosed('translation-errors/practice-extra')).toMatchInlineSnapshot(`
			[
			  "content/chapters/fr/alpha.mdx:19:5 TranslationPracticeExtra: The practice ALP-9 is not in the source.",
			]
		`);
	});

	it('the observer question of the source left out', () => {
		expect(diagnosed('translation-errors/field-missing')).toMatchInlineSnapshot(`
			[
			  "content/chapters/fr/alpha.mdx:12:5 TranslationFieldMissing: ALP-2 has no question; the source practice has one.",
			]
		`);
	});

	it('a section anchor of the source left out', () => {
		expect(diagnosed('translation-errors/anchor-missing')).toMatchInlineSnapshot(`
			[
			  "content/chapters/fr/alpha.mdx:20:1 TranslationAnchorMissing: The section anchor {#why} of the source (line 37) is missing here.",
			]
		`);
	});

	it('a section anchor the source does not have', () => {
		expect(diagnosed('translation-errors/anchor-extra')).toMatchInlineSnapshot(`
			[
			  "content/chapters/fr/alpha.mdx:27:1 TranslationAnchorExtra: The section anchor {#pourquoi} is not in the source.",
			]
		`);
	});

	it('a term marker of the body changed to an undefined term: two messages for one mistake', () => {
		expect(diagnosed('translation-errors/body-term-unknown')).toMatchInlineSnapshot(`
			[
			  "content/chapters/fr/alpha.mdx:25:1 TranslationComponentMismatch: The MDX components differ from the source: found <Term id="ballot" />, the source has <Term id="audit" />.",
			  "content/chapters/fr/alpha.mdx:25:1 UnknownTerm: The term ballot is not defined; content/terms.yaml defines emb, audit.",
			]
		`);
	});

	it('a translation without a source', () => {
		expect(diagnosed('translation-errors/orphan-translation')).toMatchInlineSnapshot(`
			[
			  "content/chapters/fr/orphan.mdx:1:1 OrphanTranslation: This translation has no source: content/chapters/en/orphan.mdx does not exist.",
			]
		`);
	});

	it('a glossary term of the source left out', () => {
		expect(diagnosed('translation-errors/glossary-term-missing')).toMatchInlineSnapshot(`
			[
			  "content/glossary/fr.yaml:2:1 TranslationTermMissing: The glossary term ballot of the source is not translated here.",
			]
		`);
	});

	it('a glossary term the source does not have', () => {
		expect(diagnosed('translation-errors/glossary-term-extra')).toMatchInlineSnapshot(`
			[
			  "content/glossary/fr.yaml:9:5 TranslationTermExtra: The glossary term bulletin is not in the source glossary.",
			]
		`);
	});

	it('gives each error a hint that says what to do', () => {
		for (const name of scenarioFolders('translation-errors')) {
			const diagnostics = withFixture([`translation-errors/${name}`], (root) => loadContent(root).diagnostics);
			for (const diagnostic of diagnostics) expect(diagnostic.hint, `${name}: ${diagnostic.code}`).toBeTruthy();
		}
	});
});

describe('UI strings check: one mistake per fixture', () => {
	it('has a test for every scenario folder', () => {
		expect(scenarioFolders('string-errors')).toEqual(scenariosNamed(import.meta.filename, 'string-errors'));
	});

	it('the strings file of a locale missing', () => {
		expect(stringsChecked('string-errors/locale-file-missing')).toMatchInlineSnapshot(`
			[
			  "locales/fr/common.json:1:1 MissingFile: The file of common strings for fr is missing.",
			]
		`);
	});

	it('a key no component uses', () => {
		expect(stringsChecked('string-errors/unused-key')).toMatchInlineSnapshot(`
			[
			  "locales/en/common.json:4:5 UiKeyUnused: The key nav.unused is not used by any component.",
			]
		`);
	});

	it('a key of the source left out', () => {
		expect(stringsChecked('string-errors/key-missing')).toMatchInlineSnapshot(`
			[
			  "locales/fr/common.json:1:1 UiKeyMissing: The key tier.gold is missing; locales/en/common.json has it.",
			]
		`);
	});

	it('a key the source does not have', () => {
		expect(stringsChecked('string-errors/key-unknown')).toMatchInlineSnapshot(`
			[
			  "locales/fr/common.json:4:5 UiKeyUnknown: The key nav.extra is not in locales/en/common.json.",
			]
		`);
	});

	it('a placeholder renamed', () => {
		expect(stringsChecked('string-errors/placeholder-mismatch')).toMatchInlineSnapshot(`
			[
			  "locales/fr/common.json:8:3 UiPlaceholderMismatch: The key greeting uses the placeholders nom; the source uses name.",
			]
		`);
	});

	it('a plural form the language needs left out', () => {
		expect(stringsChecked('string-errors/plural-forms')).toMatchInlineSnapshot(`
			[
			  "locales/fr/common.json:9:3 UiPluralForms: The key points needs the plural forms many, one, other in fr; it has one, other.",
			]
		`);
	});

	it('a key the code uses that the source does not define', () => {
		expect(stringsChecked('string-errors/key-undefined')).toMatchInlineSnapshot(`
			[
			  "src/Page.astro:7:1 UiKeyUndefined: The code uses the key nav.nowhere, which locales/en/common.json does not define.",
			]
		`);
	});

	it('knows the plural forms of each language from CLDR, six for Arabic', () => {
		expect(pluralFormsOf('en')).toEqual(['one', 'other']);
		expect(pluralFormsOf('ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
	});

	it('reads literal, namespaced and dynamic keys, including through context.t', () => {
		const code = "t('nav.home'); context.t('reading:tier.label'); t(`reading:pillar.${id}`); format('x'); it('not a key')";
		expect(keyUses('a.astro', code, 'common').map((use) => `${use.namespace}:${use.key}${use.dynamic ? '*' : ''}`)).toEqual([
			'common:nav.home',
			'reading:tier.label',
			'reading:pillar.*',
		]);
	});
});

describe('content hashes', () => {
	const { publication } = loadContent(MINIMAL);
	const chapter = publication!.chapters[0]!;
	const hash = chapterHash(chapter.data, chapter.body);

	it('ignore re-wrapping, list spacing and emphasis markers', () => {
		const reformatted = chapter.body
			.replace(/\. /g, '.\n')
			.replace(/\n- /g, '\n\n- ')
			.replace(/\*\*([^*]+)\*\*/g, '__$1__');
		expect(reformatted).not.toBe(chapter.body);
		expect(chapterHash({ ...chapter.data, summary: `  ${chapter.data.summary.replace(/ /g, '\n  ')}` }, reformatted)).toBe(hash);
	});

	it('change when a word changes, in the body or in a practice', () => {
		expect(chapterHash(chapter.data, chapter.body.replace(/\bthe\b/, 'a'))).not.toBe(hash);
		const practices = chapter.data.practices.map((practice, index) => (index === 0 ? { ...practice, statement: `${practice.statement} Now.` } : practice));
		expect(chapterHash({ ...chapter.data, practices }, chapter.body)).not.toBe(hash);
	});

	it('do not change when only structure (tier, points) changes: that needs no new translation', () => {
		const practices = chapter.data.practices.map((practice) => ({ ...practice, tier: 'platinum' as const }));
		expect(chapterHash({ ...chapter.data, practices }, chapter.body)).toBe(hash);
	});
});

describe('localized chapters and status', () => {
	const { publication } = loadContent(MINIMAL);

	it('merge the translated words over the source structure', () => {
		const french = localizedChapters(publication!, 'fr').find((chapter) => chapter.data.slug === 'alpha')!;
		const english = publication!.chapters.find((chapter) => chapter.name === 'alpha')!;
		expect(french.state).toBe('current');
		expect(french.data.practices.map((practice) => [practice.id, practice.tier, practice.kind, practice.points])).toEqual(
			english.data.practices.map((practice) => [practice.id, practice.tier, practice.kind, practice.points]),
		);
		expect(french.data.practices[0]!.statement).not.toBe(english.data.practices[0]!.statement);
	});

	it('mark a translation outdated when its source changes, and missing when it is absent', () => {
		const original = publication!;
		const changed = {
			...original,
			chapters: original.chapters.map((chapter) =>
				chapter.name === 'alpha' ? { ...chapter, body: chapter.body.replace('It names the risk.', 'It names the risk and its cost.') } : chapter,
			),
		};
		const states = new Map(localizedChapters(changed, 'fr').map((chapter) => [chapter.data.slug, chapter.state]));
		expect(states.get('alpha')).toBe('outdated');
		// The minimal fixture has no French beta.
		expect(states.get('beta')).toBe('missing');
		const fallback = localizedChapters(changed, 'fr').find((chapter) => chapter.state === 'missing')!;
		expect([fallback.contentLocale, fallback.bodyEntry]).toEqual(['en', 'en/beta']);
		const status = localeStatus(changed, 'fr', uiNamespaces(MINIMAL, 'en', 'fr'));
		expect(status.documents.map((document) => `${document.state} ${document.kind} ${document.file}`)).toMatchInlineSnapshot(`
			[
			  "outdated chapter content/chapters/fr/alpha.mdx",
			  "missing chapter content/chapters/fr/beta.mdx",
			  "missing page content/pages/fr/certification.mdx",
			  "missing page content/pages/fr/introduction.mdx",
			  "current glossary content/glossary/fr.yaml",
			  "current ui locales/fr/common.json",
			]
		`);
		expect(status.counts).toMatchObject({ current: 2, outdated: 1, missing: 3 });
	});
});

describe('stamping a source hash', () => {
	it('changes only the value of source:, and adds the field when it is absent', () => {
		const text = '---\n# comment\nsource: pending\ntitle: >-\n  Long\n  title\n---\n\nBody.\n';
		expect(withSourceHash(text, '0123456789abcdef', false)).toBe(text.replace('pending', '0123456789abcdef'));
		expect(withSourceHash('---\ntitle: T\n---\nB\n', '0123456789abcdef', false)).toBe('---\nsource: 0123456789abcdef\ntitle: T\n---\nB\n');
		expect(withSourceHash('# c\nsource: x\nterms: []\n', '0123456789abcdef', true)).toBe('# c\nsource: 0123456789abcdef\nterms: []\n');
	});
});
