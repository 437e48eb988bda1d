/**
 * Turns a translated XLIFF kit back into the locale's files. Nothing is
 * written unless the whole file can be applied: a kit whose source has moved
 * since export is rejected, naming every segment involved, and so is a
 * target that lost or invented a protected element.
 */
import path from 'node:path';
import type { Publication } from '../../content/types.ts';
import type { Contributor } from '../../schemas/chapter.ts';
import { collapse } from '../../markdown/mdx-body.ts';
import { toYaml } from '../yaml-out.ts';
import { kitDocuments, type KitDocument } from './documents-fs.ts';
import { tagIds, toMarkdown, toPlain, toXliff, type InlineNode } from './inline.ts';
import { readXliff } from './read-xliff.ts';
import type { Segment } from './segments.ts';

export interface FileWrite {
	/** Project-relative path. */
	file: string;
	text: string;
}

export interface ImportPlan {
	locale: string;
	writes: FileWrite[];
	/** UI namespaces whose strings were written, to be stamped. */
	namespaces: string[];
	/** Why the kit cannot be applied; empty when it can. */
	problems: string[];
}

const same = (a: readonly InlineNode[], b: readonly InlineNode[]) => collapse(toXliff(a)).trim() === collapse(toXliff(b)).trim();

function splice(body: string, segments: readonly Segment[], targets: Map<string, InlineNode[]>): string {
	let result = body;
	for (const segment of [...segments].filter((candidate) => candidate.block).sort((a, b) => b.block!.start - a.block!.start)) {
		const target = targets.get(segment.id)!;
		result = result.slice(0, segment.block!.start) + toMarkdown(target, segment.tokens).replace(/\n+/g, ' ') + result.slice(segment.block!.end);
	}
	return result;
}

function frontmatter(value: unknown, body: string): string {
	return `---\n${toYaml(value)}---\n${body}`;
}

function setPath(target: Record<string, unknown>, key: string, value: string) {
	const parts = key.split('.');
	let node = target;
	for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
	node[parts.at(-1)!] = value;
}

function render(document: KitDocument, publication: Publication, locale: string, targets: Map<string, InlineNode[]>): string {
	const plain = (id: string) => {
		const segment = document.segments.find((candidate) => candidate.id === id)!;
		return toPlain(targets.get(id)!, segment.tokens);
	};
	if (document.kind === 'chapter') {
		const chapter = publication.chapters.find((candidate) => candidate.name === document.name)!;
		const previous = publication.translations.chapters.find((candidate) => candidate.locale === locale && candidate.name === document.name);
		const prefix = `chapters/${document.name}`;
		const translators: Contributor[] = previous?.data.translators ?? [];
		return frontmatter(
			{
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
			},
			splice(chapter.body, document.segments, targets),
		);
	}
	if (document.kind === 'page') {
		const page = publication.pages.find((candidate) => candidate.name === document.name)!;
		return frontmatter(
			{ source: document.hash, title: plain(`pages/${page.name}/title`), summary: plain(`pages/${page.name}/summary`) },
			splice(page.body, document.segments, targets),
		);
	}
	if (document.kind === 'glossary') {
		const terms = publication.glossary!.data.terms.map((term) => ({ id: term.id, term: plain(`glossary/${term.id}/term`), definition: plain(`glossary/${term.id}/definition`) }));
		return toYaml({ source: document.hash, terms }, `Glossary (${locale}). Translators follow these terms. Written by npm run l10n:import.`);
	}
	const strings: Record<string, unknown> = {};
	for (const segment of document.segments) setPath(strings, segment.id.slice(`ui/${document.name}/`.length), plain(segment.id));
	return `${JSON.stringify(strings, null, 2)}\n`;
}

export function planImport(root: string, publication: Publication, xliff: string): ImportPlan {
	const files = readXliff(xliff);
	const problems: string[] = [];
	const locales = [...new Set(files.map((file) => file.targetLanguage))];
	const locale = locales[0] ?? '';
	const known = publication.template.locales.map((candidate) => candidate.code).filter((code) => code !== publication.template.sourceLocale);
	if (locales.length !== 1 || !known.includes(locale)) {
		return {
			locale,
			writes: [],
			namespaces: [],
			problems: [`The kit's target language (${locales.join(', ') || 'none'}) is not one translated locale of the template (${known.join(', ')}).`],
		};
	}
	const current = kitDocuments(root, publication, locale);

	// 1. Has the source moved since export? Compare every unit's source with the source now.
	for (const file of files) {
		const document = current.find((candidate) => candidate.sourceFile === file.original);
		if (!document) {
			problems.push(`${file.original}: this source document no longer exists.`);
			continue;
		}
		const moved = file.units.filter((unit) => {
			const segment = document.segments.find((candidate) => candidate.id === unit.id);
			return !segment || !same(segment.nodes, unit.source);
		});
		const added = document.segments.filter((segment) => !file.units.some((unit) => unit.id === segment.id));
		if (moved.length || added.length) {
			problems.push(
				`${file.original}: the source has changed since this kit was exported. Segments changed or removed: ${moved.map((unit) => unit.id).join(', ') || 'none'}; segments added: ${added.map((segment) => segment.id).join(', ') || 'none'}. Export a new kit and carry the translations over.`,
			);
		}
	}
	if (problems.length) return { locale, writes: [], namespaces: [], problems };

	// 2. Are the targets complete, and do they keep every protected element?
	const writes: FileWrite[] = [];
	const namespaces: string[] = [];
	for (const file of files) {
		const document = current.find((candidate) => candidate.sourceFile === file.original)!;
		if (!file.units.some((unit) => unit.target)) continue;
		const targets = new Map<string, InlineNode[]>();
		const untranslated: string[] = [];
		for (const segment of document.segments) {
			const unit = file.units.find((candidate) => candidate.id === segment.id)!;
			const target = unit.target ?? document.existing.get(segment.id);
			if (!target) {
				untranslated.push(segment.id);
				continue;
			}
			const expected = tagIds(segment.nodes).sort();
			const found = tagIds(target).sort();
			if (expected.join() !== found.join()) {
				problems.push(
					`${file.original}: segment ${segment.id} must keep the protected elements ${expected.join(', ') || 'none'} exactly once; it has ${found.join(', ') || 'none'}.`,
				);
				continue;
			}
			targets.set(segment.id, target);
		}
		if (untranslated.length) problems.push(`${file.original}: ${untranslated.length} segment(s) have no translation: ${untranslated.join(', ')}.`);
		if (untranslated.length || targets.size !== document.segments.length) continue;
		writes.push({ file: document.targetFile, text: render(document, publication, locale, targets) });
		if (document.kind === 'ui') namespaces.push(document.name);
	}
	if (problems.length) return { locale, writes: [], namespaces: [], problems };
	return { locale, writes: writes.map((write) => ({ ...write, file: write.file.split(path.sep).join('/') })), namespaces, problems };
}
