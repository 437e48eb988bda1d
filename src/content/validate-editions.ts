/**
 * Rules that tie editions and terms to the base template: every adaptation
 * targets something that exists, every text exists in every locale the
 * edition publishes, every term used is defined for every locale, codes do
 * not collide, and the pinned version exists. Errors name file and line.
 */
import type { ContentDocument, Publication } from './types.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { LocalizedText } from '../schemas/localized-text.ts';
import type { TemplateMeta } from '../schemas/template.ts';
import { markdownToMdast } from 'satteri';
import { sectionText } from './base-elements.ts';
import { markdownFeatures } from '../markdown/mdx-body.ts';

/** Whether Markdown holds raw HTML (an edition's section text may not: it is published as is). */
function hasHtml(markdown: string): boolean {
	const walk = (node: { type: string; children?: unknown[] }): boolean => node.type === 'html' || (node.children ?? []).some((child) => walk(child as { type: string }));
	return walk(markdownToMdast(markdown, { features: markdownFeatures, position: false }) as { type: string });
}
import type { EditionDocument, YamlDocument } from './types.ts';
import type { Terms } from '../schemas/terms.ts';
import { termUses } from '../markdown/term-markers.ts';
import { BASE_EDITION_CODE } from '../schemas/edition.ts';
import { RESERVED_SLUGS } from '../schemas/site-pages.ts';
import { parsePracticeId } from '../schemas/practice.ts';

type Sources = Pick<Publication, 'chapters' | 'pages' | 'translations'>;

/** Every `<Term id>` in base text, in every locale, is defined and has a value for that locale. */
export function validateTermUses(sources: Sources, terms: YamlDocument<Terms> | undefined): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const defined = terms?.data.terms ?? {};
	const known = Object.keys(defined).join(', ') || 'none';
	const documents: Array<ContentDocument<unknown>> = [...sources.chapters, ...sources.pages, ...sources.translations.chapters, ...sources.translations.pages];
	for (const document of documents) {
		for (const use of termUses(document)) {
			const term = defined[use.id];
			if (!term) diagnostics.push(diagnostic('UnknownTerm', document.file, use.position, use.id, known));
			else if (!term.default[document.locale]) diagnostics.push(diagnostic('TermMissingLocale', document.file, use.position, use.id, document.locale));
		}
	}
	return diagnostics;
}

export function validateEditions(template: TemplateMeta, sources: Sources, terms: YamlDocument<Terms> | undefined, editions: readonly EditionDocument[]): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const templateLocales = template.locales.map((locale) => locale.code);
	const versions = template.releases.map((release) => release.version);
	const codes = new Map<string, string>([[BASE_EDITION_CODE, 'the base template']]);
	const practiceIds = new Set(sources.chapters.flatMap((chapter) => chapter.data.practices.map((practice) => practice.id)));
	const chapter = (slug: string) => sources.chapters.find((candidate) => candidate.name === slug);

	for (const edition of editions) {
		const { manifest, adaptations } = edition;
		const m = manifest.data;
		const locate = (doc: YamlDocument<unknown>, path: readonly PropertyKey[]) => doc.source.locate(path);
		const other = codes.get(m.code);
		if (other) diagnostics.push(diagnostic('EditionCodeCollision', manifest.file, locate(manifest, ['code']), m.code, other));
		else codes.set(m.code, manifest.file);
		if (m.code !== edition.folder) diagnostics.push(diagnostic('EditionFolderMismatch', manifest.file, locate(manifest, ['code']), m.code, edition.folder));
		m.locales.forEach((locale, index) => {
			if (!templateLocales.includes(locale)) diagnostics.push(diagnostic('EditionUnknownLocale', manifest.file, locate(manifest, ['locales', index]), locale, templateLocales.join(', ')));
		});
		if (!versions.includes(m.template)) diagnostics.push(diagnostic('EditionUnknownVersion', manifest.file, locate(manifest, ['template']), m.template, versions.join(', ')));

		/** A localized text must cover every locale of the edition. */
		const covers = (doc: YamlDocument<unknown>, path: readonly PropertyKey[], text: LocalizedText | undefined) => {
			if (!text) return;
			for (const locale of m.locales) if (!text[locale]) diagnostics.push(diagnostic('MissingLocaleText', doc.file, locate(doc, path), locale));
		};
		covers(manifest, ['name'], m.name);
		covers(manifest, ['publisher', 'name'], m.publisher.name);
		const knownTerms = terms?.data.terms ?? {};
		for (const [id, values] of Object.entries(m.terms)) {
			if (!knownTerms[id]) diagnostics.push(diagnostic('UnknownTerm', manifest.file, locate(manifest, ['terms', id]), id, Object.keys(knownTerms).join(', ') || 'none'));
			covers(manifest, ['terms', id], values);
		}
		m.regionalPriorities.forEach((priority, index) => {
			if (!practiceIds.has(priority.practice)) diagnostics.push(diagnostic('UnknownPractice', manifest.file, locate(manifest, ['regionalPriorities', index, 'practice']), priority.practice));
			covers(manifest, ['regionalPriorities', index, 'reason'], priority.reason);
		});

		const a = adaptations.data;
		const seen = new Set<string>();
		a.practices.forEach((adaptation, index) => {
			const where = ['practices', index];
			if (!practiceIds.has(adaptation.practice)) {
				diagnostics.push(diagnostic('UnknownPractice', adaptations.file, locate(adaptations, [...where, 'practice']), adaptation.practice));
				return;
			}
			if (seen.has(adaptation.practice)) diagnostics.push(diagnostic('DuplicateAdaptation', adaptations.file, locate(adaptations, [...where, 'practice']), `The practice ${adaptation.practice}`));
			seen.add(adaptation.practice);
			const base = sources.chapters.flatMap((candidate) => candidate.data.practices).find((practice) => practice.id === adaptation.practice)!;
			if (adaptation.points !== undefined && base.kind === 'prerequisite') {
				diagnostics.push(diagnostic('PrerequisitePoints', adaptations.file, locate(adaptations, [...where, 'points']), adaptation.practice));
			}
			for (const field of ['note', 'statement', 'guidance'] as const) covers(adaptations, [...where, field], adaptation[field]);
			covers(adaptations, [...where, 'notApplicable', 'reason'], adaptation.notApplicable?.reason);
		});
		a.added.forEach((added, index) => {
			const where = ['added', index];
			const target = chapter(added.chapter);
			if (!target) {
				diagnostics.push(diagnostic('UnknownChapter', adaptations.file, locate(adaptations, [...where, 'chapter']), added.chapter));
				return;
			}
			const prefix = `${m.code.toUpperCase()}-${target.data.code}`;
			if (!added.id.startsWith(`${prefix}-`)) diagnostics.push(diagnostic('EditionPracticeIdMismatch', adaptations.file, locate(adaptations, [...where, 'id']), added.id, prefix));
			if (seen.has(added.id)) diagnostics.push(diagnostic('DuplicateAdaptation', adaptations.file, locate(adaptations, [...where, 'id']), `The practice ${added.id}`));
			seen.add(added.id);
			for (const locale of m.locales) if (!added.text[locale]) diagnostics.push(diagnostic('MissingLocaleText', adaptations.file, locate(adaptations, [...where, 'text']), locale));
		});
		a.sections.forEach((section, index) => {
			const where = ['sections', index];
			const target = chapter(section.chapter);
			if (!target) {
				diagnostics.push(diagnostic('UnknownChapter', adaptations.file, locate(adaptations, [...where, 'chapter']), section.chapter));
				return;
			}
			if (section.mode !== 'append' && !target.unreadable) {
				if (!section.anchor || sectionText(target.body, section.anchor) === undefined) {
					diagnostics.push(diagnostic('UnknownSection', adaptations.file, locate(adaptations, [...where, 'anchor']), section.anchor ?? '', section.chapter));
				} else if (!section.base) {
					diagnostics.push(diagnostic('SectionBaseMissing', adaptations.file, locate(adaptations, where)));
				}
				const key = `${section.chapter}#${section.anchor}:${section.mode}`;
				if (seen.has(key)) diagnostics.push(diagnostic('DuplicateAdaptation', adaptations.file, locate(adaptations, [...where, 'anchor']), `The section {#${section.anchor}} of ${section.chapter}`));
				seen.add(key);
			}
			if (section.mode !== 'replace' && !section.newAnchor) {
				diagnostics.push(diagnostic('SectionNewAnchorMissing', adaptations.file, locate(adaptations, where)));
			}
			covers(adaptations, [...where, 'title'], section.title);
			covers(adaptations, [...where, 'body'], section.body);
			for (const [locale, body] of Object.entries(section.body)) {
				if (hasHtml(body)) diagnostics.push(diagnostic('SectionHtml', adaptations.file, locate(adaptations, [...where, 'body', locale]), locale));
			}
		});
		// The edition's own chapters: namespaced codes and IDs, no clash with base slugs, one file per locale, the same practices in each.
		const bySlug = new Map<string, ContentDocument<import('../schemas/chapter.ts').Chapter>[]>();
		for (const own of edition.chapters) bySlug.set(own.name, [...(bySlug.get(own.name) ?? []), own]);
		for (const [slug, files] of bySlug) {
			const first = files[0]!;
			const prefix = m.code.toUpperCase();
			for (const own of files) {
				if (!own.data.code.startsWith(`${prefix}-`)) diagnostics.push(diagnostic('EditionChapterCode', own.file, own.source.locate(['code']), own.data.code, prefix));
				if (chapter(slug) || RESERVED_SLUGS.includes(slug)) diagnostics.push(diagnostic('DuplicateChapterSlug', own.file, own.source.locate(['slug']), slug, 'the base template'));
				if (own.data.slug !== own.name) diagnostics.push(diagnostic('SlugFileMismatch', own.file, own.source.locate(['slug']), own.data.slug, `${own.name}.mdx`));
				own.data.practices.forEach((practice, index) => {
					if (parsePracticeId(practice.id)?.code !== own.data.code) diagnostics.push(diagnostic('PracticeCodeMismatch', own.file, own.source.locate(['practices', index, 'id']), practice.id, own.data.code));
				});
				const ids = own.data.practices.map((practice) => practice.id).join(', ');
				const expected = first.data.practices.map((practice) => practice.id).join(', ');
				if (ids !== expected) diagnostics.push(diagnostic('EditionChapterPractices', own.file, own.source.locate(['practices']), ids, first.file, expected));
			}
			for (const locale of m.locales) {
				if (!files.some((own) => own.locale === locale)) {
					const file = `content/editions/${edition.folder}/chapters/${locale}/${slug}.mdx`;
					diagnostics.push(diagnostic('MissingFile', file, undefined, `The ${locale} version of the edition's chapter ${slug}`));
				}
			}
		}
		for (const slug of Object.keys(a.sources)) {
			if (!chapter(slug)) diagnostics.push(diagnostic('UnknownChapter', adaptations.file, locate(adaptations, ['sources', slug]), slug));
		}
	}
	return diagnostics;
}
