/**
 * The translatable segments of every source document: frontmatter fields,
 * body blocks (headings, paragraphs, list items), glossary entries and UI
 * strings. Structure, anchors, IDs and code are never segments.
 */
import type { ContentDocument } from '../../content/types.ts';
import type { Chapter } from '../../schemas/chapter.ts';
import type { Glossary } from '../../schemas/glossary.ts';
import type { Page } from '../../schemas/page.ts';
import { baseKey, isPluralKey, pluralFormsOf } from '../../ui-strings/string-keys.ts';
import { parseBody } from '../../markdown/mdx-body.ts';
import { counter, fromMdast, protectIds, type InlineNode, type TokenMap } from './inline.ts';

export interface Segment {
	/** Unit ID, stable across exports: `chapters/<slug>/practices/INC-3/statement`, `pages/introduction/body/4`. */
	id: string;
	/** Context for the translator. */
	note: string;
	nodes: InlineNode[];
	tokens: TokenMap;
	/** Body segments: where the inline content sits in the body text, and what kind of block holds it. */
	block?: { kind: 'heading' | 'paragraph'; start: number; end: number; section: string | undefined };
}

function field(id: string, note: string, text: string, placeholders = false): Segment {
	const tokens: TokenMap = new Map();
	return { id, note, nodes: protectIds(text, counter(), tokens, placeholders), tokens };
}

interface BlockNode {
	type: string;
	depth?: number;
	children?: BlockNode[];
	data?: { hProperties?: { id?: unknown } };
	position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Blocks in reading order, each heading or paragraph once, with the section it belongs to. */
export function bodySegments(prefix: string, body: string): Segment[] {
	const segments: Segment[] = [];
	let section: string | undefined;
	let listDepth = 0;
	const visit = (node: BlockNode) => {
		if (node.type === 'heading' || node.type === 'paragraph') {
			const children = node.children ?? [];
			if (!children.length) return;
			if (node.type === 'heading' && typeof node.data?.hProperties?.id === 'string') section = node.data.hProperties.id;
			const tokens: TokenMap = new Map();
			const where = section ? ` in section #${section}` : ' before the first section';
			const note =
				node.type === 'heading'
					? `Heading (level ${node.depth})${section ? ` of section #${section}; the anchor is kept` : ''}.`
					: `${listDepth ? 'List item' : 'Paragraph'}${where}.`;
			segments.push({
				id: `${prefix}/body/${segments.length + 1}`,
				note,
				nodes: fromMdast(children as never, body, counter(), tokens),
				tokens,
				block: { kind: node.type, start: children[0]!.position!.start.offset!, end: children.at(-1)!.position!.end.offset!, section },
			});
			return;
		}
		// Code and MDX components are not translatable: their text stays as written.
		if (node.type === 'code' || node.type === 'mdxJsxFlowElement' || node.type === 'html') return;
		if (node.type === 'list') listDepth += 1;
		for (const child of node.children ?? []) visit(child);
		if (node.type === 'list') listDepth -= 1;
	};
	visit(parseBody(body) as BlockNode);
	return segments;
}

export function chapterSegments(chapter: ContentDocument<Chapter>): Segment[] {
	const prefix = `chapters/${chapter.name}`;
	const { data } = chapter;
	return [
		field(`${prefix}/title`, `Title of chapter ${data.code}.`, data.title),
		field(`${prefix}/summary`, `Summary of chapter ${data.code}: one or two sentences.`, data.summary),
		...data.practices.flatMap((practice) => {
			const at = `${prefix}/practices/${practice.id}`;
			const about = `practice ${practice.id} (${practice.tier} ${practice.kind}${practice.points ? `, ${practice.points} points` : ''})`;
			return [
				field(`${at}/title`, `Short title of ${about}.`, practice.title),
				field(`${at}/statement`, `Requirement of ${about}: one imperative sentence an assessor answers yes or no.`, practice.statement),
				field(`${at}/rationale`, `Why ${practice.id} matters.`, practice.rationale),
				...practice.implementation.map((step, index) =>
					field(`${at}/implementation/${index + 1}`, `Implementation step ${index + 1} of ${practice.implementation.length} of ${practice.id}.`, step),
				),
				...practice.evidence.map((item, index) =>
					field(`${at}/evidence/${index + 1}`, `Evidence item ${index + 1} of ${practice.evidence.length} an assessor checks for ${practice.id}.`, item),
				),
				...(practice.question !== undefined
					? [
							field(
								`${at}/question`,
								`Question of the citizen-observer checklist for ${practice.id}: one question an observer at a polling place or count answers yes or no.`,
								practice.question,
							),
						]
					: []),
			];
		}),
		...bodySegments(prefix, chapter.body),
	];
}

export function pageSegments(page: ContentDocument<Page>): Segment[] {
	const prefix = `pages/${page.name}`;
	return [
		field(`${prefix}/title`, `Title of the ${page.name} page.`, page.data.title),
		field(`${prefix}/summary`, `Summary of the ${page.name} page: one sentence.`, page.data.summary),
		...bodySegments(prefix, page.body),
	];
}

export function glossarySegments(glossary: Glossary): Segment[] {
	return glossary.terms.flatMap((term) => [
		field(`glossary/${term.id}/term`, `Glossary term (${term.id}). Translators follow the glossary of their language.`, term.term),
		field(`glossary/${term.id}/definition`, `Definition of the glossary term "${term.term}".`, term.definition),
	]);
}

/**
 * UI strings of one namespace. A plural key gets one segment per plural form
 * of the target language (Arabic has six), each showing the English form closest to it.
 */
export function uiSegments(namespace: string, strings: Map<string, string>, targetLocale: string): Segment[] {
	const forms = pluralFormsOf(targetLocale);
	const segments: Segment[] = [];
	const done = new Set<string>();
	for (const [key, text] of strings) {
		if (!isPluralKey(key)) {
			segments.push(field(`ui/${namespace}/${key}`, `Interface string ${namespace}:${key}. Keep every {{placeholder}}.`, text, true));
			continue;
		}
		const base = baseKey(key);
		if (done.has(base)) continue;
		done.add(base);
		for (const form of forms) {
			const english = strings.get(`${base}_${form}`) ?? strings.get(`${base}_other`) ?? text;
			segments.push(
				field(
					`ui/${namespace}/${base}_${form}`,
					`Interface string ${namespace}:${base}, plural form "${form}" (CLDR) of ${targetLocale}. {{count}} may be left out in a singular or dual form.`,
					english,
					true,
				),
			);
		}
	}
	return segments;
}
