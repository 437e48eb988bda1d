/**
 * Rules that tie editions and terms to the base template: every adaptation
 * targets something that exists, every text exists in every locale the
 * edition publishes, every term an edition gives has every form, codes do
 * not collide, and the pinned version exists. Errors name file and line.
 */
import type { ContentDocument, Publication } from './types.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { LocalizedText } from '../schemas/localized-text.ts';
import type { TemplateMeta } from '../schemas/template.ts';
import type { Chapter } from '../schemas/chapter.ts';
import { sectionText } from './base-elements.ts';
import { hasRawHtml } from '../markdown/mdx-body.ts';
import { sectionBodyFindings } from '../markdown/section-urls.ts';
import type { EditionDocument, YamlDocument } from './types.ts';
import type { Terms } from '../schemas/terms.ts';
import { checkTermValues, validateAdaptationTerms } from './validate-terms.ts';
import { BASE_EDITION_CODE } from '../schemas/edition.ts';
import { BUILD_FOLDERS, RESERVED_SLUGS } from '../schemas/site-pages.ts';
import { parsePracticeId } from '../schemas/practice.ts';

type Sources = Pick<Publication, 'chapters' | 'pages' | 'translations'>;

/** What every edition is checked against: the template and its base content. */
interface Base {
	templateLocales: string[];
	versions: string[];
	practiceIds: ReadonlySet<string>;
	sources: Sources;
	terms: YamlDocument<Terms> | undefined;
	chapter: (slug: string) => ContentDocument<Chapter> | undefined;
}

/** One edition under check: its documents, and the reports that every rule shares. */
interface Check {
	base: Base;
	edition: EditionDocument;
	diagnostics: Diagnostic[];
	/** A localized text must cover every locale of the edition. */
	covers: (doc: YamlDocument<unknown>, path: readonly PropertyKey[], text: LocalizedText | undefined) => void;
	/** Practice IDs and sections already adapted, so a second adaptation of one is reported. */
	seen: Set<string>;
}

export function validateEditions(template: TemplateMeta, sources: Sources, terms: YamlDocument<Terms> | undefined, editions: readonly EditionDocument[]): Diagnostic[] {
	const base: Base = {
		templateLocales: template.locales.map((locale) => locale.code),
		versions: template.releases.map((release) => release.version),
		practiceIds: new Set(sources.chapters.flatMap((chapter) => chapter.data.practices.map((practice) => practice.id))),
		sources,
		terms,
		chapter: (slug) => sources.chapters.find((candidate) => candidate.name === slug),
	};
	const diagnostics: Diagnostic[] = [];
	const codes = new Map<string, string>([[BASE_EDITION_CODE, 'the base template']]);
	for (const edition of editions) {
		const { manifest } = edition;
		const reserved = BUILD_FOLDERS.includes(manifest.data.code)
			? `the name of the folder ${manifest.data.code}/ that the build writes itself`
			: template.locales.some((locale) => locale.code === manifest.data.code)
				? `the code of the locale ${manifest.data.code}`
				: undefined;
		const other = codes.get(manifest.data.code);
		if (reserved) diagnostics.push(diagnostic('EditionCodeReserved', manifest.file, manifest.source.locate(['code']), manifest.data.code, reserved));
		else if (other) diagnostics.push(diagnostic('EditionCodeCollision', manifest.file, manifest.source.locate(['code']), manifest.data.code, other));
		else codes.set(manifest.data.code, manifest.file);
		const covers: Check['covers'] = (doc, path, text) => {
			if (!text) return;
			for (const locale of manifest.data.locales) if (!text[locale]) diagnostics.push(diagnostic('MissingLocaleText', doc.file, doc.source.locate(path), locale));
		};
		const check: Check = { base, edition, diagnostics, covers, seen: new Set() };
		checkManifest(check);
		checkPracticeAdaptations(check);
		checkAddedPractices(check);
		checkSectionAdaptations(check);
		checkOwnChapters(check);
		diagnostics.push(...validateAdaptationTerms(edition.adaptations, base.terms, manifest.data.locales));
		for (const slug of Object.keys(edition.adaptations.data.sources)) {
			if (!base.chapter(slug)) diagnostics.push(diagnostic('UnknownChapter', edition.adaptations.file, edition.adaptations.source.locate(['sources', slug]), slug));
		}
	}
	return diagnostics;
}

/** edition.yaml: its code and folder, locales, pinned version, names, terms and regional priorities. */
function checkManifest({ base, edition, diagnostics, covers }: Check): void {
	const { manifest } = edition;
	const m = manifest.data;
	const at = (path: readonly PropertyKey[]) => manifest.source.locate(path);
	if (m.code !== edition.folder) diagnostics.push(diagnostic('EditionFolderMismatch', manifest.file, at(['code']), m.code, edition.folder));
	m.locales.forEach((locale, index) => {
		if (!base.templateLocales.includes(locale)) diagnostics.push(diagnostic('EditionUnknownLocale', manifest.file, at(['locales', index]), locale, base.templateLocales.join(', ')));
	});
	if (!base.versions.includes(m.template)) diagnostics.push(diagnostic('EditionUnknownVersion', manifest.file, at(['template']), m.template, base.versions.join(', ')));
	covers(manifest, ['name'], m.name);
	covers(manifest, ['publisher', 'name'], m.publisher.name);
	const knownTerms = base.terms?.data.terms ?? {};
	for (const [id, values] of Object.entries(m.terms)) {
		if (!knownTerms[id]) diagnostics.push(diagnostic('UnknownTerm', manifest.file, at(['terms', id]), id, Object.keys(knownTerms).join(', ') || 'none'));
		else diagnostics.push(...checkTermValues(manifest, ['terms', id], id, values, base.terms!.data.forms, m.locales));
	}
	m.regionalPriorities.forEach((priority, index) => {
		if (!base.practiceIds.has(priority.practice)) diagnostics.push(diagnostic('UnknownPractice', manifest.file, at(['regionalPriorities', index, 'practice']), priority.practice));
		covers(manifest, ['regionalPriorities', index, 'reason'], priority.reason);
	});
}

/** Changes to base practices: each names a base practice once, and points only on a credit. */
function checkPracticeAdaptations({ base, edition, diagnostics, covers, seen }: Check): void {
	const { adaptations } = edition;
	const at = (path: readonly PropertyKey[]) => adaptations.source.locate(path);
	adaptations.data.practices.forEach((adaptation, index) => {
		const where = ['practices', index];
		if (!base.practiceIds.has(adaptation.practice)) {
			diagnostics.push(diagnostic('UnknownPractice', adaptations.file, at([...where, 'practice']), adaptation.practice));
			return;
		}
		if (seen.has(adaptation.practice)) diagnostics.push(diagnostic('DuplicateAdaptation', adaptations.file, at([...where, 'practice']), `The practice ${adaptation.practice}`));
		seen.add(adaptation.practice);
		const practice = base.sources.chapters.flatMap((candidate) => candidate.data.practices).find((candidate) => candidate.id === adaptation.practice)!;
		if (adaptation.points !== undefined && practice.kind === 'prerequisite') {
			diagnostics.push(diagnostic('PrerequisitePoints', adaptations.file, at([...where, 'points']), adaptation.practice));
		}
		for (const field of ['note', 'statement', 'guidance'] as const) covers(adaptations, [...where, field], adaptation[field]);
		covers(adaptations, [...where, 'notApplicable', 'reason'], adaptation.notApplicable?.reason);
	});
}

/** Practices the edition adds: in a base chapter, named after the edition and the chapter, in every locale. */
function checkAddedPractices({ base, edition, diagnostics, seen }: Check): void {
	const { adaptations, manifest } = edition;
	const at = (path: readonly PropertyKey[]) => adaptations.source.locate(path);
	adaptations.data.added.forEach((added, index) => {
		const where = ['added', index];
		const target = base.chapter(added.chapter);
		if (!target) {
			diagnostics.push(diagnostic('UnknownChapter', adaptations.file, at([...where, 'chapter']), added.chapter));
			return;
		}
		const prefix = `${manifest.data.code.toUpperCase()}-${target.data.code}`;
		if (!added.id.startsWith(`${prefix}-`)) diagnostics.push(diagnostic('EditionPracticeIdMismatch', adaptations.file, at([...where, 'id']), added.id, prefix));
		if (seen.has(added.id)) diagnostics.push(diagnostic('DuplicateAdaptation', adaptations.file, at([...where, 'id']), `The practice ${added.id}`));
		seen.add(added.id);
		for (const locale of manifest.data.locales) if (!added.text[locale]) diagnostics.push(diagnostic('MissingLocaleText', adaptations.file, at([...where, 'text']), locale));
	});
}

/** Changes to the prose: an existing section (its base, once recorded, is drift's business) or a new one with its own anchor, in Markdown only. */
function checkSectionAdaptations({ base, edition, diagnostics, covers, seen }: Check): void {
	const { adaptations } = edition;
	const at = (path: readonly PropertyKey[]) => adaptations.source.locate(path);
	adaptations.data.sections.forEach((section, index) => {
		const where = ['sections', index];
		const target = base.chapter(section.chapter);
		if (!target) {
			diagnostics.push(diagnostic('UnknownChapter', adaptations.file, at([...where, 'chapter']), section.chapter));
			return;
		}
		if (section.mode !== 'append' && !target.unreadable) {
			if (!section.anchor || sectionText(target.body, section.anchor) === undefined) {
				diagnostics.push(diagnostic('UnknownSection', adaptations.file, at([...where, 'anchor']), section.anchor ?? '', section.chapter));
			}
			const key = `${section.chapter}#${section.anchor}:${section.mode}`;
			if (seen.has(key)) diagnostics.push(diagnostic('DuplicateAdaptation', adaptations.file, at([...where, 'anchor']), `The section {#${section.anchor}} of ${section.chapter}`));
			seen.add(key);
		}
		if (section.mode !== 'replace' && !section.newAnchor) diagnostics.push(diagnostic('SectionNewAnchorMissing', adaptations.file, at(where)));
		covers(adaptations, [...where, 'title'], section.title);
		covers(adaptations, [...where, 'body'], section.body);
		for (const [locale, body] of Object.entries(section.body)) {
			const place = at([...where, 'body', locale]);
			if (hasRawHtml(body)) diagnostics.push(diagnostic('SectionHtml', adaptations.file, place, locale));
			// The same address rule as chapters: a section body is published in the pages and the bundles.
			const found = sectionBodyFindings(adaptations.file, body);
			for (const url of found.urls) diagnostics.push({ ...url, message: `In the ${locale} text, ${url.message.charAt(0).toLowerCase()}${url.message.slice(1)}`, line: place.line, column: place.column });
			for (const image of found.images) diagnostics.push(diagnostic('SectionImage', adaptations.file, place, locale, image));
		}
	});
}

/** The edition's own chapters: namespaced codes and IDs, no clash with base slugs, one file per locale, the same practices in each. */
function checkOwnChapters({ base, edition, diagnostics }: Check): void {
	const prefix = edition.manifest.data.code.toUpperCase();
	const bySlug = new Map<string, ContentDocument<Chapter>[]>();
	for (const own of edition.chapters) bySlug.set(own.name, [...(bySlug.get(own.name) ?? []), own]);
	for (const [slug, files] of bySlug) {
		const first = files[0]!;
		const expected = first.data.practices.map((practice) => practice.id).join(', ');
		for (const own of files) {
			if (!own.data.code.startsWith(`${prefix}-`)) diagnostics.push(diagnostic('EditionChapterCode', own.file, own.source.locate(['code']), own.data.code, prefix));
			if (base.chapter(slug) || RESERVED_SLUGS.includes(slug)) diagnostics.push(diagnostic('DuplicateChapterSlug', own.file, own.source.locate(['slug']), slug, 'the base template'));
			if (own.data.slug !== own.name) diagnostics.push(diagnostic('SlugFileMismatch', own.file, own.source.locate(['slug']), own.data.slug, `${own.name}.mdx`));
			own.data.practices.forEach((practice, index) => {
				if (parsePracticeId(practice.id)?.code !== own.data.code) diagnostics.push(diagnostic('PracticeCodeMismatch', own.file, own.source.locate(['practices', index, 'id']), practice.id, own.data.code));
			});
			const ids = own.data.practices.map((practice) => practice.id).join(', ');
			if (ids !== expected) diagnostics.push(diagnostic('EditionChapterPractices', own.file, own.source.locate(['practices']), ids, first.file, expected));
		}
		for (const locale of edition.manifest.data.locales) {
			if (files.some((own) => own.locale === locale)) continue;
			const file = `content/editions/${edition.folder}/chapters/${locale}/${slug}.mdx`;
			diagnostics.push(diagnostic('MissingFile', file, undefined, `The ${locale} version of the edition's chapter ${slug}`));
		}
	}
}
