/**
 * The examples in a lint rule's header, read so that they run as the rule's
 * test (remark-lint's pattern): the documentation cannot drift from what the
 * rule does. tests/unit/lint/rule-examples.test.ts runs them.
 *
 * The format. The header is the rule module's first doc comment. After its
 * prose come one or more `@example` blocks; each runs until the next tag or
 * the end of the comment:
 *
 *     @example not-ok.mdx A section without an anchor
 *     ```json
 *     {"reservedAnchors": ["sources"]}
 *     ```
 *     ```mdx
 *     ## Threats addressed
 *     ```
 *     ```text
 *     1:1 SectionAnchorMissing: The section "Threats addressed" has no anchor, so editions and translations cannot refer to it.
 *     ```
 *
 * - The first line is the name, `ok.mdx` or `not-ok.mdx` (a suffix such as
 *   `not-ok-edition.mdx` is allowed), then a short description.
 * - ```` ```json ````, optional, first: the example's setting, one JSON
 *   object. `file` is the path the text is linted as (by default
 *   `content/chapters/en/critical-incident-protocol.mdx`, an English chapter);
 *   the other keys are fields of the lint's context (`src/lint/lint-context.ts`),
 *   with `knownPracticeIds` as an array. A field not given is what the lint
 *   has without a publication (`lintContext(undefined)`): the kit's required
 *   sections and reserved anchors, no pages, no practice IDs, no names.
 * - ```` ```mdx ````, required: the whole file. Lines and columns count from
 *   its first line; it ends with a line break.
 * - ```` ```text ````: every finding of `npm run lint:content` (remark-mdx),
 *   in order, one a line, as `line:column Code: message`. Required and not
 *   empty for not-ok; an ok example has none, and must find nothing.
 * - ```` ```text gate ````, optional, for the security rules only: the
 *   findings of the build gate (all the security rules, on Astro's own
 *   parse) when they differ from the lint's. Without it, the gate must find
 *   exactly what the `text` block says (nothing, for ok).
 *
 * Nothing else may stand in an example but blank lines, so that a typo in a
 * fence fails instead of being skipped. A block closes with the fence that
 * opened it, so an input with a code block in it opens with four backticks. A doc comment cannot hold `*\/`, so
 * an input cannot either.
 */

export type ExampleKind = 'ok' | 'not-ok';

/** The fields of the lint context an example may set, as JSON. */
export interface ExampleSetting {
	file?: string;
	sourceLocale?: string;
	requiredSections?: string[];
	reservedAnchors?: string[];
	pages?: Record<string, string[]>;
	knownPracticeIds?: string[];
	institutionNames?: Array<{ name: string; term: string }>;
	genericPhrases?: Array<{ phrase: string; locale: string; term: string; form: string }>;
	termContractions?: Record<string, Record<string, string>>;
}

export interface RuleExample {
	name: string;
	kind: ExampleKind;
	description: string;
	/** Line of the `@example` tag in the rule file. */
	line: number;
	setting: ExampleSetting;
	input: string;
	/** What `npm run lint:content` finds; undefined for ok. */
	lint: string[] | undefined;
	/** What the build gate finds, when the example says it apart. */
	gate: string[] | undefined;
}

const NAME = /^((ok|not-ok)(?:-[a-z0-9]+)*\.mdx)(?:\s+(.*))?$/;
const FINDING = /^\d+:\d+ [\w/:-]+: \S.*$/;
const SETTING_KEYS = new Set<string>([
	'file',
	'sourceLocale',
	'requiredSections',
	'reservedAnchors',
	'pages',
	'knownPracticeIds',
	'institutionNames',
	'genericPhrases',
	'termContractions',
]);
/** The blocks of an example, in the order they must come. */
const BLOCKS = ['json', 'mdx', 'text', 'text gate'] as const;
type Block = (typeof BLOCKS)[number];

/** The lines of the module's first doc comment, without the comment's own `*`, each with its line in the file. */
function headerLines(source: string): Array<{ text: string; line: number }> {
	const start = source.indexOf('/**');
	const end = source.indexOf('*/', start);
	if (start === -1 || end === -1) return [];
	const first = source.slice(0, start).split('\n').length;
	return source
		.slice(start + 3, end)
		.split('\n')
		.map((text, index) => ({ text: text.replace(/^[ \t]*\*(?: |$)/, '').trimEnd(), line: first + index }))
		.slice(1, -1);
}

/** Every example in a rule's header. Throws, naming the file and line, on anything the format does not allow. */
export function parseRuleExamples(source: string, file: string): RuleExample[] {
	const lines = headerLines(source);
	const examples: RuleExample[] = [];
	function fail(line: number, problem: string): never {
		throw new Error(`${file}:${line}: ${problem}`);
	}
	const nextExample = (from: number) => lines.findIndex((entry, at) => at >= from && /^@example\b/.test(entry.text));
	for (let index = nextExample(0); index !== -1; index = nextExample(index)) {
		const tag = lines[index]!;
		const name = NAME.exec(tag.text.slice('@example'.length).trim());
		if (!name) fail(tag.line, 'an example starts with its name, ok.mdx or not-ok.mdx, then a description');
		const blocks = new Map<Block, string[]>();
		index += 1;
		for (; index < lines.length && !lines[index]!.text.startsWith('@'); index += 1) {
			const { text, line } = lines[index]!;
			if (text === '') continue;
			const [, fence = '', info = ''] = /^(`{3,})(.*)$/.exec(text) ?? [];
			const block = BLOCKS.find((kind) => kind === info.trim());
			if (!block) fail(line, `only blank lines and fenced blocks (${BLOCKS.map((kind) => `\`\`\`${kind}`).join(', ')}) may stand in an example`);
			if ([...blocks.keys()].some((seen) => BLOCKS.indexOf(seen) >= BLOCKS.indexOf(block))) fail(line, `the blocks come once each, in the order ${BLOCKS.join(', ')}`);
			const content: string[] = [];
			for (index += 1; index < lines.length && lines[index]!.text !== fence; index += 1) content.push(lines[index]!.text);
			if (index >= lines.length) fail(line, 'the block is not closed');
			blocks.set(block, content);
		}
		const [, label, kind, description = ''] = name;
		const input = blocks.get('mdx');
		if (!input) fail(tag.line, 'the example has no ```mdx block');
		const [lint, gate] = [blocks.get('text'), blocks.get('text gate')].map((found) => found?.filter((line) => line !== ''));
		if (kind === 'ok' && (lint || gate)) fail(tag.line, 'an ok example finds nothing, so it has no output block');
		if (kind === 'not-ok' && !lint?.length) fail(tag.line, 'a not-ok example lists what the lint finds, in a ```text block');
		for (const finding of [...(lint ?? []), ...(gate ?? [])]) {
			if (!FINDING.test(finding)) fail(tag.line, `a finding is written line:column Code: message, not ${JSON.stringify(finding)}`);
		}
		let setting: ExampleSetting = {};
		if (blocks.has('json')) {
			try {
				setting = JSON.parse(blocks.get('json')!.join('\n')) as ExampleSetting;
			} catch (error) {
				fail(tag.line, `the setting is not JSON: ${String(error)}`);
			}
			if (!setting || typeof setting !== 'object' || Array.isArray(setting)) fail(tag.line, 'the setting is one JSON object');
			for (const key of Object.keys(setting)) if (!SETTING_KEYS.has(key)) fail(tag.line, `the setting has no key ${key}; it takes ${[...SETTING_KEYS].join(', ')}`);
		}
		examples.push({ name: label!, kind: kind as ExampleKind, description, line: tag.line, setting, input: `${input.join('\n')}\n`, lint, gate });
	}
	return examples;
}
