/**
 * cet:practice-id — every practice ID in the frontmatter is a chapter code, a
 * hyphen and a number, and starts with its own chapter's code; and an ID
 * mentioned in the text ("see INC-2") names a practice that exists.
 *
 * Only codes of known chapters are checked in the text, so "COVID-19" or
 * "ISO-27001" pass. Retired IDs count as known: text may mention them. An
 * edition's ID is read whole: CA-DAT-3 is practice 3 of chapter CA-DAT, not
 * DAT-3, and is checked only when IDs of CA-DAT are known. A mention in the
 * frontmatter (a title, a summary, a practice's words) is reported at its
 * field; IDs, tags and sources are not read for mentions. A translation has
 * no code of its own: only the form of its IDs is checked.
 *
 * Examples (run as tests by tests/unit/lint/rule-examples.test.ts, which
 * describes the form):
 *
 * @example ok.mdx IDs of the chapter code, and mentions of practices that exist or were retired
 * ```json
 * {"knownPracticeIds": ["INC-1", "INC-2", "INC-3", "DAT-1", "DAT-2", "GAM-2"]}
 * ```
 * ```mdx
 * ---
 * code: INC
 * practices:
 *   - id: INC-1
 *     statement: Publish the incident threshold before the election period.
 *   - id: INC-2
 *     rationale: Without a published threshold, INC-3 cannot be applied the same way everywhere.
 * ---
 *
 * See INC-3 and DAT-1, and the retired GAM-2. The Canadian edition adds CA-DAT-3,
 * which is not a third practice of DAT. COVID-19, ISO-27001, G7-1, XINC-3 and INC-3a are not practice IDs.
 * ```
 *
 * @example not-ok.mdx A malformed ID, and an ID of another chapter, at the line of the ID
 * ```mdx
 * ---
 * code: INC
 * practices:
 *   - id: INC-1
 *   - id: INC3
 *   - id: TEC-4
 *   - id: INC-0
 * ---
 * ```
 * ```text
 * 5:5 PracticeIdFormat: The practice ID INC3 is not a chapter code, a hyphen and a number.
 * 6:5 PracticeCodeMismatch: The practice ID TEC-4 does not start with its chapter code INC.
 * 7:5 PracticeIdFormat: The practice ID INC-0 is not a chapter code, a hyphen and a number.
 * ```
 *
 * @example not-ok-mentions.mdx Mentions of practices that do not exist, in a practice's words and in the prose
 * ```json
 * {"knownPracticeIds": ["INC-1", "DAT-1", "CA-DAT-1"]}
 * ```
 * ```mdx
 * ---
 * code: INC
 * practices:
 *   - id: INC-1
 *     rationale: Unlike INC-9, this practice names the panel in advance.
 * ---
 *
 * The panel (see INC-7) decides; the Canadian edition adds
 * CA-DAT-2 to DAT-9.
 * ```
 * ```text
 * 5:5 UnknownPracticeReference: The text refers to INC-9, but chapter INC has no such practice.
 * 8:16 UnknownPracticeReference: The text refers to INC-7, but chapter INC has no such practice.
 * 9:1 UnknownPracticeReference: The text refers to CA-DAT-2, but chapter CA-DAT has no such practice.
 * 9:13 UnknownPracticeReference: The text refers to DAT-9, but chapter DAT has no such practice.
 * ```
 *
 * @example ok-edition.mdx An edition's own chapter: its code and IDs carry the edition's prefix
 * ```json
 * {"file": "content/editions/ca/chapters/en/voter-data-in-canada.mdx", "knownPracticeIds": ["DAT-1", "CA-DAT-1"]}
 * ```
 * ```mdx
 * ---
 * code: CA-DAT
 * practices:
 *   - id: CA-DAT-1
 *     rationale: CA-DAT-1 extends DAT-1 to federal parties.
 * ---
 * ```
 *
 * @example not-ok-translation.mdx A translation: only the form of its IDs
 * ```json
 * {"file": "content/chapters/fr/critical-incident-protocol.mdx", "knownPracticeIds": ["INC-1", "INC-2"]}
 * ```
 * ```mdx
 * ---
 * source: 0123456789abcdef
 * practices:
 *   - id: INC-1
 *   - id: inc-2
 *   - id: TEC-4
 * ---
 * ```
 * ```text
 * 5:5 PracticeIdFormat: The practice ID inc-2 is not a chapter code, a hyphen and a number.
 * ```
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

/** The chapter codes of the known IDs, once per set rather than once per file: the set holds every practice of the publication. */
const knownCodes = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
function codesOf(known: ReadonlySet<string>): ReadonlySet<string> {
	let codes = knownCodes.get(known);
	if (!codes) knownCodes.set(known, (codes = new Set([...known].flatMap((id) => parsePracticeId(id)?.code ?? []))));
	return codes;
}

function checkMentions(
	tree: Root,
	file: VFile,
	known: ReadonlySet<string>,
	fields: Record<string, unknown>,
	locate: (path: Array<string | number>) => { line: number; column: number },
) {
	const codes = codesOf(known);
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
