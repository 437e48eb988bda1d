/**
 * cet:practice-id — every practice ID in the frontmatter is a chapter code, a
 * hyphen and a number, and starts with its own chapter's code; and an ID
 * mentioned in the text ("see INC-2") names a practice that exists.
 *
 * ```mdx
 * code: INC
 * practices:
 *   - id: INC-3        ✓
 *   - id: INC3         ✗ PracticeIdFormat
 *   - id: TEC-4        ✗ PracticeCodeMismatch
 * …
 * The panel (see INC-9) …   ✗ UnknownPracticeReference, when INC has no practice 9
 * ```
 *
 * Only codes of known chapters are checked in the text, so "COVID-19" or
 * "ISO-27001" pass. Retired IDs count as known: text may mention them.
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parsePracticeId } from '../../schemas/practice.ts';
import { fieldsOf, frontmatterOf } from '../frontmatter.ts';
import { report } from '../../markdown/report.ts';
import { stringLeaves } from '../../utils/string-leaves.ts';

export interface PracticeIdOptions {
	/** Every practice ID that exists or existed (retired), to check IDs mentioned in the text. */
	known?: ReadonlySet<string>;
}

/** Frontmatter fields that hold words which may mention a practice. */
const PROSE_FIELDS = new Set(['title', 'summary', 'practices']);

const MENTION = /(?<![\w-])((?:[A-Z]{2,16}-)?[A-Z]{2,4})-([1-9]\d*)(?![\w-])/g;

function mentions(text: string): Array<{ id: string; code: string; index: number }> {
	return [...text.matchAll(MENTION)].map((match) => ({ id: match[0], code: match[1]!, index: match.index }));
}

/** The line and column of an offset in a text node whose value is written as-is in the source. */
function pointIn(node: Node, value: string, index: number) {
	const start = node.position?.start;
	if (!start) return undefined;
	const before = value.slice(0, index).split('\n');
	const line = start.line + before.length - 1;
	const column = before.length === 1 ? start.column + index : before.at(-1)!.length + 1;
	return { start: { line, column }, end: { line, column } };
}


function checkMentions(tree: Root, file: VFile, known: ReadonlySet<string>, fields: Record<string, unknown>, locate: (path: Array<string | number>) => { line: number; column: number }) {
	const codes = new Set([...known].flatMap((id) => parsePracticeId(id)?.code ?? []));
	const unknown = (mention: { id: string; code: string }) => codes.has(mention.code) && !known.has(mention.id);
	for (const { path, text } of stringLeaves(fields)) {
		// Only the words: the IDs themselves are checked above, and sources cite other publications.
		if (!PROSE_FIELDS.has(String(path[0])) || path.includes('id') || path.includes('tags')) continue;
		for (const mention of mentions(text).filter(unknown)) {
			const point = locate(path);
			report(file, { start: point, end: point }, 'UnknownPracticeReference', mention.id, mention.code);
		}
	}
	visit(tree as Node, 'text', (node) => {
		const value = (node as { value: string }).value;
		for (const mention of mentions(value).filter(unknown)) report(file, pointIn(node, value, mention.index), 'UnknownPracticeReference', mention.id, mention.code);
	});
}

const practiceId = lintRule<Root, PracticeIdOptions | undefined>('cet:practice-id', (tree, file, options) => {
	const source = frontmatterOf(tree, file.path);
	const fields = fieldsOf(source);
	const code = typeof fields.code === 'string' ? fields.code : undefined;
	const practices = Array.isArray(fields.practices) ? (fields.practices as unknown[]) : [];
	practices.forEach((practice, index) => {
		const id = (practice as { id?: unknown } | null)?.id;
		if (id === undefined || !source) return;
		const point = source.locate(['practices', index, 'id']);
		const place = { start: point, end: point };
		const parsed = typeof id === 'string' ? parsePracticeId(id) : undefined;
		if (!parsed) report(file, place, 'PracticeIdFormat', String(id));
		else if (code !== undefined && parsed.code !== code) report(file, place, 'PracticeCodeMismatch', String(id), code);
	});
	if (options?.known) checkMentions(tree, file, options.known, fields, (path) => source?.locate(path) ?? { line: 1, column: 1 });
});

export default practiceId;
