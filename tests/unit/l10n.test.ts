import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import { sortDiagnostics } from '../../src/diagnostics/diagnostic.ts';
import { checkStrings } from '../../src/ui-strings/read-strings-fs.ts';
import { pluralFormsOf } from '../../src/ui-strings/string-keys.ts';
import { keyUses } from '../../src/ui-strings/string-usage.ts';
import { chapterHash } from '../../src/content/content-hash.ts';
import { localizedChapters } from '../../src/resolve/localize.ts';
import { localeStatus } from '../../src/translation/status.ts';
import { withSourceHash } from '../../src/translation/stamp-fs.ts';
import { uiNamespaces } from '../../src/ui-strings/ui-status-fs.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const root = path.resolve(import.meta.dirname, '../..');
const located = (diagnostics: ReturnType<typeof checkStrings>) => sortDiagnostics(diagnostics).map((d) => `${d.file}:${d.line}:${d.column} ${d.code}: ${d.message}`);

describe('translation parity', () => {
	it('reports every missing, extra or reordered piece of a translation at its line', () => {
		expect(located(loadContent(path.join(fixtures, 'bad-translations')).diagnostics)).toMatchInlineSnapshot(`
			[
			  "content/chapters/fr/alpha.mdx:5:1 TranslationPracticeMissing: The practice ALP-3 of the source is not translated here.",
			  "content/chapters/fr/alpha.mdx:6:5 TranslationComponentMismatch: The MDX components differ from the source: found none in ALP-1, the source has <Term id="emb" />.",
			  "content/chapters/fr/alpha.mdx:10:5 TranslationListLength: ALP-1 has 1 implementation item; the source has 2.",
			  "content/chapters/fr/alpha.mdx:12:5 TranslationFieldExtra: ALP-1 has a question, but the source practice has none.",
			  "content/chapters/fr/alpha.mdx:13:5 TranslationPracticeExtra: The practice ALP-9 is not in the source.",
			  "content/chapters/fr/alpha.mdx:19:5 TranslationFieldMissing: ALP-2 has no question; the source practice has one.",
			  "content/chapters/fr/alpha.mdx:26:1 TranslationAnchorMissing: The section anchor {#why} of the source (line 47) is missing here.",
			  "content/chapters/fr/alpha.mdx:29:1 TranslationAnchorExtra: The section anchor {#pourquoi} is not in the source.",
			  "content/chapters/fr/alpha.mdx:31:1 TranslationComponentMismatch: The MDX components differ from the source: found <Term id="ballot" />, the source has <Term id="audit" />.",
			  "content/chapters/fr/alpha.mdx:31:1 UnknownTerm: The term ballot is not defined; content/terms.yaml defines emb, audit.",
			  "content/chapters/fr/orphan.mdx:1:1 OrphanTranslation: This translation has no source: content/chapters/en/orphan.mdx does not exist.",
			  "content/glossary/fr.yaml:2:1 TranslationTermMissing: The glossary term ballot of the source is not translated here.",
			  "content/glossary/fr.yaml:6:5 TranslationTermExtra: The glossary term bulletin is not in the source glossary.",
			]
		`);
	});
});

describe('UI strings check', () => {
	it('reports missing, unknown, unused and undefined keys, plural forms and placeholders, with file and line', () => {
		expect(located(checkStrings(path.join(fixtures, 'bad-strings'), 'en', ['en', 'fr', 'ar']))).toMatchInlineSnapshot(`
			[
			  "locales/ar/common.json:1:1 MissingFile: The file of common strings for ar is missing.",
			  "locales/en/common.json:4:5 UiKeyUnused: The key nav.unused is not used by any component.",
			  "locales/fr/common.json:1:1 UiKeyMissing: The key tier.gold is missing; locales/en/common.json has it.",
			  "locales/fr/common.json:5:5 UiKeyUnknown: The key nav.extra is not in locales/en/common.json.",
			  "locales/fr/common.json:7:3 UiPlaceholderMismatch: The key greeting uses the placeholders nom; the source uses name.",
			  "locales/fr/common.json:8:3 UiPluralForms: The key points needs the plural forms many, one, other in fr; it has one, other.",
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

	it('passes on the shipped strings', () => {
		const { publication } = loadContent(root);
		expect(
			located(
				checkStrings(
					root,
					'en',
					publication!.template.locales.map((locale) => locale.code),
				),
			),
		).toEqual([]);
	});
});

describe('content hashes', () => {
	const { publication } = loadContent(root);
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
	const { publication } = loadContent(root);

	it('merge the translated words over the source structure', () => {
		const french = localizedChapters(publication!, 'fr').find((chapter) => chapter.data.slug === 'critical-incident-protocol')!;
		const english = publication!.chapters.find((chapter) => chapter.name === 'critical-incident-protocol')!;
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
				chapter.name === 'critical-incident-protocol' ? { ...chapter, body: chapter.body.replace('Canada', 'Canada, a federation,') } : chapter,
			),
			translations: {
				...original.translations,
				chapters: original.translations.chapters.filter((chapter) => !(chapter.locale === 'fr' && chapter.name === 'voter-data-and-party-privacy')),
			},
		};
		const states = new Map(localizedChapters(changed, 'fr').map((chapter) => [chapter.data.slug, chapter.state]));
		expect(states.get('critical-incident-protocol')).toBe('outdated');
		expect(states.get('voter-data-and-party-privacy')).toBe('missing');
		const fallback = localizedChapters(changed, 'fr').find((chapter) => chapter.state === 'missing')!;
		expect([fallback.contentLocale, fallback.bodyEntry]).toEqual(['en', 'en/voter-data-and-party-privacy']);
		const status = localeStatus(changed, 'fr', uiNamespaces(root, 'en', 'fr'));
		expect(status.counts).toMatchObject({ outdated: 1, missing: 1 });
		expect(status.documents.find((document) => document.state === 'outdated')?.file).toBe('content/chapters/fr/critical-incident-protocol.mdx');
	});

	it('report the shipped translations as complete and current', () => {
		for (const locale of ['fr', 'es', 'ar']) {
			const status = localeStatus(publication!, locale, uiNamespaces(root, 'en', locale));
			expect(
				status.documents.filter((document) => document.state !== 'current').map((document) => document.file),
				locale,
			).toEqual([]);
		}
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
