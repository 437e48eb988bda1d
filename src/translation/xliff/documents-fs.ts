/**
 * Every document a locale translates, with its source segments and, where a
 * translation already exists, the segments it already has. Shared by export
 * (which offers existing text as targets) and import (which checks that the
 * source has not moved).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Publication } from '../../content/types.ts';
import { flatten } from '../../ui-strings/string-keys.ts';
import { chapterHash, glossaryHash, namespaceHash, pageHash } from '../../content/content-hash.ts';
import { sourceNamespaces, UI_SOURCE_FILE } from '../../ui-strings/ui-status-fs.ts';
import { alignTags } from './align.ts';
import { counter, protectIds, type InlineNode, type TokenMap } from './inline.ts';
import { bodySegments, chapterSegments, glossarySegments, pageSegments, uiSegments, type Segment } from './segments.ts';
import type { DocumentKind } from '../status.ts';
import { normalizeText } from '../../utils/yaml-source.ts';

export interface KitDocument {
	kind: DocumentKind;
	/** Chapter slug, page name, `glossary`, or the UI namespace. */
	name: string;
	/** Project-relative path of the source file (the XLIFF `original`). */
	sourceFile: string;
	/** Project-relative path of the translation file. */
	targetFile: string;
	/** Content hash of the source now. */
	hash: string;
	segments: Segment[];
	/** Existing translated segments, by unit id, aligned to the source's tags. */
	existing: Map<string, InlineNode[]>;
	/** Whether the existing translation was made from the current source. */
	existingIsCurrent: boolean;
}

function plainTarget(segment: Segment, text: string | undefined, placeholders = false): InlineNode[] | undefined {
	if (text === undefined) return undefined;
	const tokens: TokenMap = new Map();
	return alignTags(segment.nodes, segment.tokens, protectIds(text, counter(), tokens, placeholders), tokens);
}

/** Existing body targets, when the translation has the same sequence of blocks as the source. */
function bodyTargets(segments: readonly Segment[], prefix: string, translatedBody: string | undefined, into: Map<string, InlineNode[]>) {
	if (translatedBody === undefined) return;
	const source = segments.filter((segment) => segment.block);
	const target = bodySegments(prefix, translatedBody);
	if (source.length !== target.length || source.some((segment, index) => segment.block!.kind !== target[index]!.block!.kind)) return;
	source.forEach((segment, index) => {
		const aligned = alignTags(segment.nodes, segment.tokens, target[index]!.nodes, target[index]!.tokens);
		if (aligned) into.set(segment.id, aligned);
	});
}

/** A chapter or page kit document: its plain fields and its body, taken from the translation where it exists. */
function mdxDocument(
	kind: 'chapter' | 'page',
	source: { name: string; file: string },
	targetFile: string,
	hash: string,
	segments: Segment[],
	prefix: string,
	fields: ReadonlyMap<string, string>,
	translation: { body: string; data: { source?: string | undefined } } | undefined,
): KitDocument {
	const existing = new Map<string, InlineNode[]>();
	if (translation) {
		for (const segment of segments.filter((candidate) => !candidate.block)) {
			const target = plainTarget(segment, fields.get(segment.id));
			if (target) existing.set(segment.id, target);
		}
		bodyTargets(segments, prefix, translation.body, existing);
	}
	return { kind, name: source.name, sourceFile: source.file, targetFile, hash, segments, existing, existingIsCurrent: translation?.data.source === hash };
}

export function kitDocuments(root: string, publication: Publication, locale: string): KitDocument[] {
	const { sourceLocale } = publication.template;
	const documents: KitDocument[] = [];

	for (const chapter of [...publication.chapters].sort((a, b) => a.data.order - b.data.order)) {
		const segments = chapterSegments(chapter);
		const translation = publication.translations.chapters.find((candidate) => candidate.locale === locale && candidate.name === chapter.name);
		const fields = new Map<string, string>();
		const prefix = `chapters/${chapter.name}`;
		if (translation) {
			for (const [id, text] of [
				[`${prefix}/title`, translation.data.title],
				[`${prefix}/summary`, translation.data.summary],
				...translation.data.practices.flatMap((practice): Array<[string, string]> => [
					[`${prefix}/practices/${practice.id}/title`, practice.title],
					[`${prefix}/practices/${practice.id}/statement`, practice.statement],
					[`${prefix}/practices/${practice.id}/rationale`, practice.rationale],
					...practice.implementation.map((step, index): [string, string] => [`${prefix}/practices/${practice.id}/implementation/${index + 1}`, step]),
					...practice.evidence.map((item, index): [string, string] => [`${prefix}/practices/${practice.id}/evidence/${index + 1}`, item]),
					...(practice.question !== undefined ? [[`${prefix}/practices/${practice.id}/question`, practice.question] as [string, string]] : []),
				]),
			] as Array<[string, string]>)
				fields.set(id, text);
		}
		documents.push(
			mdxDocument('chapter', chapter, `content/chapters/${locale}/${chapter.name}.mdx`, chapterHash(chapter.data, chapter.body), segments, prefix, fields, translation),
		);
	}

	for (const page of publication.pages) {
		const segments = pageSegments(page);
		const translation = publication.translations.pages.find((candidate) => candidate.locale === locale && candidate.name === page.name);
		const prefix = `pages/${page.name}`;
		const fields = new Map<string, string>(
			translation
				? [
						[`${prefix}/title`, translation.data.title],
						[`${prefix}/summary`, translation.data.summary],
					]
				: [],
		);
		documents.push(mdxDocument('page', page, `content/pages/${locale}/${page.name}.mdx`, pageHash(page.data, page.body), segments, prefix, fields, translation));
	}

	if (publication.glossary) {
		const segments = glossarySegments(publication.glossary.data);
		const translation = publication.translations.glossaries.find((candidate) => candidate.locale === locale);
		const existing = new Map<string, InlineNode[]>();
		for (const term of translation?.data.terms ?? []) {
			for (const [field, text] of [
				['term', term.term],
				['definition', term.definition],
			] as const) {
				const segment = segments.find((candidate) => candidate.id === `glossary/${term.id}/${field}`);
				const target = segment && plainTarget(segment, text);
				if (segment && target) existing.set(segment.id, target);
			}
		}
		const hash = glossaryHash(publication.glossary.data);
		documents.push({
			kind: 'glossary',
			name: 'glossary',
			sourceFile: publication.glossary.file,
			targetFile: `content/glossary/${locale}.yaml`,
			hash,
			segments,
			existing,
			existingIsCurrent: translation?.data.source === hash,
		});
	}

	const recordFile = path.join(root, 'locales', locale, UI_SOURCE_FILE);
	const recorded = existsSync(recordFile) ? (JSON.parse(normalizeText(readFileSync(recordFile, 'utf8'))) as Record<string, string>) : {};
	for (const namespace of sourceNamespaces(root, sourceLocale)) {
		const sourceFile = `locales/${sourceLocale}/${namespace}.json`;
		const targetFile = `locales/${locale}/${namespace}.json`;
		const sourceJson = JSON.parse(normalizeText(readFileSync(path.join(root, sourceFile), 'utf8'))) as Record<string, unknown>;
		const segments = uiSegments(namespace, flatten(sourceJson), locale);
		let targetStrings = new Map<string, string>();
		try {
			targetStrings = flatten(JSON.parse(normalizeText(readFileSync(path.join(root, targetFile), 'utf8'))));
		} catch {
			// No strings yet for this locale.
		}
		const existing = new Map<string, InlineNode[]>();
		for (const segment of segments) {
			const target = plainTarget(segment, targetStrings.get(segment.id.slice(`ui/${namespace}/`.length)), true);
			if (target) existing.set(segment.id, target);
		}
		const hash = namespaceHash(sourceJson);
		documents.push({ kind: 'ui', name: namespace, sourceFile, targetFile, hash, segments, existing, existingIsCurrent: recorded[namespace] === hash });
	}
	return documents;
}
