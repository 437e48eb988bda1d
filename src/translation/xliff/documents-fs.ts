/**
 * Every document a locale translates, with its source segments and, where a
 * translation already exists, the segments it already has and which of them
 * are outdated. Shared by export (which offers existing text as targets,
 * and flags for review only the segments whose English changed) and import
 * (which checks that the source has not moved, and writes only what changed).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ContentDocument, Publication } from '../../content/types.ts';
import { splitFrontmatter } from '../../markdown/frontmatter.ts';
import { chapterSchema } from '../../schemas/chapter.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { pageSchema } from '../../schemas/page.ts';
import { outdatedSegments } from '../segment-state.ts';
import { sourceTextAt } from '../source-history-fs.ts';
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
	/** Existing segments translated from an English text that has changed since, and not reviewed. */
	outdated: Set<string>;
	/** For an outdated segment, the English as it was when it was translated, when the history has it. */
	before: Map<string, InlineNode[]>;
	/** The translation file as it is, to be edited in place; undefined when there is none yet. */
	translationText: string | undefined;
	/** Where each body segment stands in the translation's body (offsets in its body text). */
	targetBlocks: Map<string, { start: number; end: number }>;
}

/** The source document as it was when its content hash was `hash`, from the git history; undefined when unknown. */
function sourceBefore<T>(root: string, file: string, hash: string, read: (text: string) => T | undefined, hashOf: (value: T) => string): T | undefined {
	let found: T | undefined;
	sourceTextAt(root, file, (text) => {
		const value = read(normalizeText(text));
		if (value === undefined || hashOf(value) !== hash) return false;
		found = value;
		return true;
	});
	return found;
}

/** An MDX source as data and body, validated by `schema`; undefined when it does not parse. */
function readMdxText<T>(schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false } }, text: string): { data: T; body: string } | undefined {
	const split = splitFrontmatter(text);
	if (split.frontmatter === undefined) return undefined;
	try {
		const parsed = schema.safeParse(parseYaml(split.frontmatter));
		return parsed.success ? { data: parsed.data, body: split.body } : undefined;
	} catch {
		return undefined;
	}
}

/** Which existing segments are outdated, and the English each was translated from. */
function history(
	segments: readonly Segment[],
	existing: ReadonlyMap<string, InlineNode[]>,
	recordsCurrentSource: boolean,
	listed: readonly string[] | undefined,
	earlier: () => readonly Segment[] | undefined,
): Pick<KitDocument, 'outdated' | 'before'> {
	const before = recordsCurrentSource ? undefined : earlier();
	const outdated = new Set(outdatedSegments(segments, { recordsCurrentSource, before, listed: listed ?? [] }).filter((id) => existing.has(id)));
	const earlierById = new Map((before ?? []).map((segment) => [segment.id, segment.nodes]));
	return { outdated, before: new Map([...outdated].flatMap((id) => (earlierById.has(id) ? [[id, earlierById.get(id)!] as const] : []))) };
}

function plainTarget(segment: Segment, text: string | undefined, placeholders = false): InlineNode[] | undefined {
	if (text === undefined) return undefined;
	const tokens: TokenMap = new Map();
	return alignTags(segment.nodes, segment.tokens, protectIds(text, counter(), tokens, placeholders), tokens);
}

/** Existing body targets, when the translation has the same sequence of blocks as the source, and where each stands in the translation's body. */
function bodyTargets(
	segments: readonly Segment[],
	prefix: string,
	translatedBody: string | undefined,
	into: Map<string, InlineNode[]>,
	blocks: Map<string, { start: number; end: number }>,
) {
	if (translatedBody === undefined) return;
	const source = segments.filter((segment) => segment.block);
	const target = bodySegments(prefix, translatedBody);
	if (source.length !== target.length || source.some((segment, index) => segment.block!.kind !== target[index]!.block!.kind)) return;
	source.forEach((segment, index) => {
		const aligned = alignTags(segment.nodes, segment.tokens, target[index]!.nodes, target[index]!.tokens);
		if (aligned) into.set(segment.id, aligned);
		blocks.set(segment.id, { start: target[index]!.block!.start, end: target[index]!.block!.end });
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
	translation: { body: string; data: { source?: string | undefined; outdated?: string[] | undefined } } | undefined,
	translationText: string | undefined,
	earlier: () => readonly Segment[] | undefined,
): KitDocument {
	const existing = new Map<string, InlineNode[]>();
	const targetBlocks = new Map<string, { start: number; end: number }>();
	if (translation) {
		for (const segment of segments.filter((candidate) => !candidate.block)) {
			const target = plainTarget(segment, fields.get(segment.id));
			if (target) existing.set(segment.id, target);
		}
		bodyTargets(segments, prefix, translation.body, existing, targetBlocks);
	}
	const state = translation
		? history(segments, existing, translation.data.source === hash, translation.data.outdated, earlier)
		: { outdated: new Set<string>(), before: new Map() };
	return { kind, name: source.name, sourceFile: source.file, targetFile, hash, segments, existing, ...state, translationText, targetBlocks };
}

/** The text of a translation file, as it is on disk. */
const fileText = (root: string, file: string) => (existsSync(path.join(root, file)) ? normalizeText(readFileSync(path.join(root, file), 'utf8')) : undefined);

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
		const targetFile = `content/chapters/${locale}/${chapter.name}.mdx`;
		const earlier = () => {
			const found =
				translation &&
				sourceBefore(
					root,
					chapter.file,
					translation.data.source,
					(text) => readMdxText(chapterSchema, text),
					(value) => chapterHash(value.data, value.body),
				);
			return found && chapterSegments({ ...chapter, data: found.data, body: found.body } as ContentDocument<typeof found.data>);
		};
		documents.push(
			mdxDocument(
				'chapter',
				chapter,
				targetFile,
				chapterHash(chapter.data, chapter.body),
				segments,
				prefix,
				fields,
				translation,
				translation && fileText(root, targetFile),
				earlier,
			),
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
		const targetFile = `content/pages/${locale}/${page.name}.mdx`;
		const earlier = () => {
			const found =
				translation &&
				sourceBefore(
					root,
					page.file,
					translation.data.source,
					(text) => readMdxText(pageSchema, text),
					(value) => pageHash(value.data, value.body),
				);
			return found && pageSegments({ ...page, data: found.data, body: found.body } as ContentDocument<typeof found.data>);
		};
		documents.push(
			mdxDocument('page', page, targetFile, pageHash(page.data, page.body), segments, prefix, fields, translation, translation && fileText(root, targetFile), earlier),
		);
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
		const glossaryFile = publication.glossary.file;
		const earlier = () => {
			const found =
				translation &&
				sourceBefore(
					root,
					glossaryFile,
					translation.data.source,
					(text) => {
						try {
							const parsed = glossarySchema.safeParse(parseYaml(text));
							return parsed.success ? parsed.data : undefined;
						} catch {
							return undefined;
						}
					},
					glossaryHash,
				);
			return found && glossarySegments(found);
		};
		const targetFile = `content/glossary/${locale}.yaml`;
		const state = translation
			? history(segments, existing, translation.data.source === hash, translation.data.outdated, earlier)
			: { outdated: new Set<string>(), before: new Map() };
		documents.push({
			kind: 'glossary',
			name: 'glossary',
			sourceFile: glossaryFile,
			targetFile,
			hash,
			segments,
			existing,
			...state,
			translationText: translation && fileText(root, targetFile),
			targetBlocks: new Map(),
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
		const earlier = () => {
			let found: Record<string, unknown> | undefined;
			sourceTextAt(root, sourceFile, (text) => {
				try {
					const json = JSON.parse(normalizeText(text)) as Record<string, unknown>;
					if (namespaceHash(json) !== recorded[namespace]) return false;
					found = json;
					return true;
				} catch {
					return false;
				}
			});
			return found && uiSegments(namespace, flatten(found), locale);
		};
		// UI strings are recorded per namespace (locales/<locale>/_source.json): a namespace not recorded at all was never translated.
		const state = recorded[namespace] ? history(segments, existing, recorded[namespace] === hash, [], earlier) : { outdated: new Set(existing.keys()), before: new Map() };
		documents.push({
			kind: 'ui',
			name: namespace,
			sourceFile,
			targetFile,
			hash,
			segments,
			existing,
			...state,
			translationText: fileText(root, targetFile),
			targetBlocks: new Map(),
		});
	}
	return documents;
}
