/**
 * Turns a translated XLIFF kit back into the locale's files, exactly: a
 * segment is written only when its target changed, in place, and every
 * other byte of the file stays as it was, so importing an unchanged kit
 * writes nothing. Status changes only by a translator's decision: an
 * outdated segment becomes current when its target changed, or when its
 * XLIFF state says it was reviewed (`translated`, `signed-off`, `final`);
 * left untouched as `needs-review-translation`, it stays outdated (the file
 * lists it under `outdated:`).
 *
 * Nothing is written unless the whole kit can be applied. A kit for another
 * locale, product or template version, a document or segment the template
 * does not have, a source that moved since export, a target that lost or
 * invented a protected element, or a document left partly untranslated is
 * refused, with the kit's line and what to do.
 */
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Publication } from '../../content/types.ts';
import type { Contributor } from '../../schemas/chapter.ts';
import { collapse } from '../../markdown/mdx-body.ts';
import { splitFrontmatter } from '../../markdown/frontmatter.ts';
import { toYaml } from '../yaml-out.ts';
import { appendToList, editScalars, setTopLevelList, type ScalarEdit } from '../yaml-edit.ts';
import { withSourceHash } from '../stamp-fs.ts';
import { kitDocuments, type KitDocument } from './documents-fs.ts';
import { tagIds, toMarkdown, toPlain, toXliff, type InlineNode } from './inline.ts';
import { KIT_PRODUCT } from './kit-names.ts';
import { readXliff, type ReadFile } from './read-xliff.ts';
import type { Segment } from './segments.ts';

export interface FileWrite {
	/** Project-relative path. */
	file: string;
	text: string;
	/** Segments whose target changed, and outdated ones marked reviewed. */
	changed: number;
	reviewed: number;
	/** Segments still outdated after the import. */
	outdated: number;
}

export interface ImportProblem {
	/** Line in the kit, when the problem has one. */
	line: number | undefined;
	message: string;
}

export interface ImportPlan {
	locale: string;
	writes: FileWrite[];
	/** UI namespaces now wholly current, to be stamped. */
	namespaces: string[];
	/** Why the kit cannot be applied; empty when it can. */
	problems: ImportProblem[];
}

export interface ImportOptions {
	/** Credited on each chapter the import writes. */
	translator?: Contributor | undefined;
}

/** XLIFF states that mean a translator has looked at the target and accepts it. */
const REVIEWED_STATES = new Set(['translated', 'signed-off', 'final']);

const same = (a: readonly InlineNode[], b: readonly InlineNode[]) => collapse(toXliff(a)).trim() === collapse(toXliff(b)).trim();

/** Where a segment's text stands in a translation's YAML. */
function yamlPath(document: KitDocument, id: string, data: Record<string, unknown>): ScalarEdit['path'] | undefined {
	const rest = id.split('/');
	if (document.kind === 'glossary') {
		const [, termId, field] = rest;
		const index = ((data.terms as Array<{ id?: string }> | undefined) ?? []).findIndex((term) => term.id === termId);
		return index === -1 ? undefined : ['terms', index, field!];
	}
	const fields = rest.slice(2);
	if (fields.length === 1) return [fields[0]!];
	if (fields[0] !== 'practices') return undefined;
	const index = ((data.practices as Array<{ id?: string }> | undefined) ?? []).findIndex((practice) => practice.id === fields[1]);
	if (index === -1) return undefined;
	return fields[3] === undefined ? ['practices', index, fields[2]!] : ['practices', index, fields[2]!, Number(fields[3]) - 1];
}

/** The whole translation written anew: for a document that has none yet (or whose shape no longer matches the source). */
function renderNew(document: KitDocument, publication: Publication, targets: ReadonlyMap<string, InlineNode[]>, translators: Contributor[]): string {
	const plain = (id: string) => toPlain(targets.get(id)!, document.segments.find((candidate) => candidate.id === id)!.tokens);
	const body = (source: string) => {
		let result = source;
		for (const segment of document.segments.filter((candidate) => candidate.block).sort((a, b) => b.block!.start - a.block!.start)) {
			result = result.slice(0, segment.block!.start) + toMarkdown(targets.get(segment.id)!, segment.tokens).replace(/\n+/g, ' ') + result.slice(segment.block!.end);
		}
		return result;
	};
	if (document.kind === 'chapter') {
		const chapter = publication.chapters.find((candidate) => candidate.name === document.name)!;
		const prefix = `chapters/${document.name}`;
		const frontmatter = {
			source: document.hash,
			title: plain(`${prefix}/title`),
			summary: plain(`${prefix}/summary`),
			translators,
			practices: chapter.data.practices.map((practice) => {
				const at = `${prefix}/practices/${practice.id}`;
				return {
					id: practice.id,
					title: plain(`${at}/title`),
					statement: plain(`${at}/statement`),
					rationale: plain(`${at}/rationale`),
					implementation: practice.implementation.map((_step, index) => plain(`${at}/implementation/${index + 1}`)),
					evidence: practice.evidence.map((_item, index) => plain(`${at}/evidence/${index + 1}`)),
					...(practice.question !== undefined ? { question: plain(`${at}/question`) } : {}),
				};
			}),
		};
		return `---\n${toYaml(frontmatter)}---\n${body(chapter.body)}`;
	}
	if (document.kind === 'page') {
		const page = publication.pages.find((candidate) => candidate.name === document.name)!;
		return `---\n${toYaml({ source: document.hash, title: plain(`pages/${page.name}/title`), summary: plain(`pages/${page.name}/summary`) })}---\n${body(page.body)}`;
	}
	const terms = publication.glossary!.data.terms.map((term) => ({ id: term.id, term: plain(`glossary/${term.id}/term`), definition: plain(`glossary/${term.id}/definition`) }));
	return toYaml(
		{ source: document.hash, terms },
		`Glossary (${document.targetFile.split('/').at(-1)!.replace('.yaml', '')}). Translators follow these terms. Written by npm run l10n:import.`,
	);
}

/** The translation edited in place: the changed fields and body blocks, `source`, `outdated` and the credit; nothing else moves. */
function renderInPlace(document: KitDocument, changed: ReadonlyMap<string, InlineNode[]>, outdated: readonly string[], translator: Contributor | undefined): string | undefined {
	const text = document.translationText!;
	const plain = (segment: Segment) => toPlain(changed.get(segment.id)!, segment.tokens);
	const isYaml = document.kind === 'glossary';
	const split = isYaml ? undefined : splitFrontmatter(text);
	if (split && split.frontmatter === undefined) return undefined;
	// The frontmatter with its closing newline, so that the file is the same bytes when nothing changes.
	let yaml = split ? `${split.frontmatter!}\n` : text;
	const data = (() => {
		try {
			return (parseYaml(yaml) ?? {}) as Record<string, unknown>;
		} catch {
			return undefined;
		}
	})();
	if (!data) return undefined;
	const edits: ScalarEdit[] = [];
	for (const segment of document.segments.filter((candidate) => changed.has(candidate.id) && !candidate.block)) {
		const at = yamlPath(document, segment.id, data);
		if (!at) return undefined;
		edits.push({ path: at, value: plain(segment) });
	}
	yaml = editScalars(yaml, edits);
	yaml = setTopLevelList(withSourceHash(yaml, document.hash, true), 'outdated', outdated, 'source');
	if (translator && document.kind === 'chapter')
		yaml = appendToList(yaml, 'translators', { name: translator.name, ...(translator.organisation ? { organisation: translator.organisation } : {}) });
	if (!split) return yaml;
	let body = split.body;
	const blocks = document.segments.filter((segment) => segment.block && changed.has(segment.id)).map((segment) => ({ segment, at: document.targetBlocks.get(segment.id) }));
	if (blocks.some((block) => !block.at)) return undefined;
	for (const { segment, at } of blocks.sort((a, b) => b.at!.start - a.at!.start)) {
		body = body.slice(0, at!.start) + toMarkdown(changed.get(segment.id)!, segment.tokens).replace(/\n+/g, ' ') + body.slice(at!.end);
	}
	return `---\n${yaml}---\n${body}`;
}

/** UI strings: the changed ones set in the file's own JSON, which keeps its order and its layout (two-space JSON, as the kit writes it). */
function renderStrings(document: KitDocument, targets: ReadonlyMap<string, InlineNode[]>): string {
	const strings = (document.translationText ? JSON.parse(document.translationText) : {}) as Record<string, unknown>;
	for (const segment of document.segments) {
		const target = targets.get(segment.id);
		if (!target) continue;
		const parts = segment.id.slice(`ui/${document.name}/`.length).split('.');
		let node = strings;
		for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
		node[parts.at(-1)!] = toPlain(target, segment.tokens);
	}
	return `${JSON.stringify(strings, null, 2)}\n`;
}

const problem = (file: ReadFile, line: number | undefined, message: string): ImportProblem => ({ line, message: `${file.original}: ${message}` });

export function planImport(root: string, publication: Publication, xliff: string, options: ImportOptions = {}): ImportPlan {
	const files = readXliff(xliff);
	const { sourceLocale, version } = publication.template;
	const known = publication.template.locales.map((candidate) => candidate.code).filter((code) => code !== sourceLocale);
	const locale = files[0]?.targetLanguage ?? '';
	const refuse = (problems: ImportProblem[]): ImportPlan => ({ locale, writes: [], namespaces: [], problems });
	if (!files.length) return refuse([{ line: undefined, message: 'The kit holds no <file>: it is not a translation kit of this template. Export one with npm run l10n:export.' }]);

	// 1. Is it a kit of this template, version and locale?
	const problems: ImportProblem[] = [];
	for (const file of files) {
		if (file.product !== KIT_PRODUCT)
			problems.push(
				problem(
					file,
					file.line,
					`this document is from "${file.product || 'an unnamed product'}", not from the ${KIT_PRODUCT} base; edition text is translated in the edition's own files. Import a kit exported with npm run l10n:export.`,
				),
			);
		else if (file.version !== version)
			problems.push(
				problem(
					file,
					file.line,
					`the kit is for template version ${file.version || 'unknown'}; this project is at ${version}. Export a new kit with npm run l10n:export and carry your work over with your tool's translation memory.`,
				),
			);
		if (file.targetLanguage !== locale || !known.includes(file.targetLanguage))
			problems.push(
				problem(
					file,
					file.line,
					`the target language is ${file.targetLanguage || 'not given'}; a kit is for one translated locale of the template (${known.join(', ')}), the same in every <file>.`,
				),
			);
	}
	if (problems.length) return refuse(problems);
	const current = kitDocuments(root, publication, locale);

	// 2. Does every document and segment exist, and is the source still the one exported?
	for (const file of files) {
		const document = current.find((candidate) => candidate.sourceFile === file.original);
		if (!document) {
			problems.push(problem(file, file.line, 'the template has no such source document. Export a new kit with npm run l10n:export.'));
			continue;
		}
		for (const unit of file.units) {
			const segment = document.segments.find((candidate) => candidate.id === unit.id);
			if (!segment)
				problems.push(
					problem(file, unit.line, `the template has no segment ${unit.id}; the English has changed since this kit was exported, or the ID was edited. Export a new kit.`),
				);
			else if (!same(segment.nodes, unit.source))
				problems.push(
					problem(
						file,
						unit.line,
						`the English of ${unit.id} has changed since this kit was exported. Export a new kit and carry the translation over with your tool's translation memory.`,
					),
				);
		}
	}
	if (problems.length) return refuse(problems);

	// 3. What each segment becomes: changed, reviewed, or as it was; every protected element kept.
	const writes: FileWrite[] = [];
	const namespaces: string[] = [];
	for (const file of files) {
		const document = current.find((candidate) => candidate.sourceFile === file.original)!;
		const changed = new Map<string, InlineNode[]>();
		const reviewed = new Set<string>();
		for (const unit of file.units) {
			const segment = document.segments.find((candidate) => candidate.id === unit.id)!;
			const existing = document.existing.get(unit.id);
			if (!unit.target) continue;
			if (existing && same(existing, unit.target)) {
				if (document.outdated.has(unit.id) && unit.state !== undefined && REVIEWED_STATES.has(unit.state)) reviewed.add(unit.id);
				continue;
			}
			const expected = tagIds(segment.nodes).sort();
			const found = tagIds(unit.target).sort();
			if (expected.join() !== found.join()) {
				problems.push(
					problem(
						file,
						unit.line,
						`segment ${unit.id} must keep the protected elements ${expected.join(', ') || 'none'} exactly once; it has ${found.join(', ') || 'none'}. Restore them in your tool (they are placeholders you move, never type).`,
					),
				);
				continue;
			}
			changed.set(unit.id, unit.target);
		}
		const untranslated = document.segments.filter((segment) => !changed.has(segment.id) && !document.existing.has(segment.id)).map((segment) => segment.id);
		if (untranslated.length && (changed.size || reviewed.size)) {
			problems.push(
				problem(file, file.line, `${untranslated.length} segment(s) have no translation: ${untranslated.join(', ')}. Translate every segment of a document before importing it.`),
			);
			continue;
		}
		const outdated = [...document.outdated].filter((id) => !changed.has(id) && !reviewed.has(id));
		// Nothing decided: the file stays as it is, byte for byte (unless its record is merely behind a source that changed nothing it translates).
		const behind = document.translationText !== undefined && !document.outdated.size && !isCurrentRecord(document);
		if (!changed.size && !reviewed.size && !behind) continue;
		let text: string | undefined;
		if (document.kind === 'ui') {
			// The strings file is rewritten from its own JSON: one that does not parse is refused, never replaced.
			try {
				JSON.parse(document.translationText ?? '{}');
			} catch {
				problems.push(
					problem(
						file,
						file.line,
						`${document.targetFile} is not valid JSON, so the kit's strings cannot be put into it. Run npm run check to see where, fix it, then import again.`,
					),
				);
				continue;
			}
			text = renderStrings(document, changed);
		} else if (document.translationText !== undefined) text = renderInPlace(document, changed, outdated, options.translator);
		if (text === undefined) {
			const targets = new Map([...document.existing, ...changed]);
			const previous = publication.translations.chapters.find((candidate) => candidate.locale === locale && candidate.name === document.name);
			const translators = [
				...(previous?.data.translators ?? []),
				...(options.translator && !previous?.data.translators.some((person) => person.name === options.translator!.name) ? [options.translator] : []),
			];
			text = renderNew(document, publication, targets, translators);
		}
		if (text === document.translationText) continue;
		writes.push({ file: document.targetFile.split(path.sep).join('/'), text, changed: changed.size, reviewed: reviewed.size, outdated: outdated.length });
		if (document.kind === 'ui' && !outdated.length) namespaces.push(document.name);
	}
	if (problems.length) return refuse(problems);
	return { locale, writes, namespaces, problems };
}

/** Whether a translation's record (`source:`) is the current source's hash. */
function isCurrentRecord(document: KitDocument): boolean {
	const match = /^source: ([0-9a-f]{16})$/m.exec(document.translationText ?? '');
	return document.kind === 'ui' || match?.[1] === document.hash;
}
