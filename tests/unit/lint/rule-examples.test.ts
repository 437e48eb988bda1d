/**
 * Each lint rule's header examples run as its test (remark-lint's pattern),
 * so that what a rule's documentation says is what the rule does. The format
 * is described in tests/support/rule-examples.ts. Every rule module of
 * src/lint/rules/ and src/markdown/gate/ has at least one ok and one not-ok
 * example; each is linted as `npm run lint:content` lints a file (remark-mdx,
 * the heading anchors, the rule with the options the lint gives it from its
 * context) and, for the security rules, through the build gate too. The
 * findings must be the expected lines, exactly and in order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PluginTuple } from 'unified';
import { describe, expect, it } from 'vitest';
import { securityRules } from '../../../src/markdown/gate/security-rules.ts';
import { contentFileInfo } from '../../../src/lint/content-file.ts';
import { contentRules } from '../../../src/lint/content-rules.ts';
import { lintContext, type LintContext } from '../../../src/lint/lint-context.ts';
import { lintMdx, remarkMdxProcessor } from '../../../src/lint/lint-mdx.ts';
import { at, gate } from '../../support/lint.ts';
import { parseRuleExamples, type ExampleSetting, type RuleExample } from '../../support/rule-examples.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const folders = ['src/lint/rules', 'src/markdown/gate'];
const DEFAULT_FILE = 'content/chapters/en/critical-incident-protocol.mdx';

/** The lint's context for an example: what it has without a publication, with the example's fields. */
function contextOf({ file: _file, knownPracticeIds, ...fields }: ExampleSetting): LintContext {
	return { ...lintContext(undefined), ...fields, ...(knownPracticeIds ? { knownPracticeIds: new Set(knownPracticeIds) } : {}) };
}

/** The rules of the lint, each with the settings the lint gives it: `[plugin, ['error', options]]`. */
const lintRules = (context: LintContext) => [...securityRules, ...contentRules(context)].filter((entry) => Array.isArray(entry)) as PluginTuple[];

const modules = await Promise.all(
	folders
		.flatMap((folder) =>
			readdirSync(path.join(root, folder))
				.filter((name) => name.endsWith('.ts'))
				.map((name) => `${folder}/${name}`),
		)
		.sort()
		.map(async (file) => ({ file, plugin: ((await import(pathToFileURL(path.join(root, file)).href)) as { default?: unknown }).default })),
);
const plugins = new Set<unknown>(lintRules(lintContext(undefined)).map(([plugin]) => plugin));
const rules = modules.filter((module) => plugins.has(module.plugin));
const security = new Set<unknown>(securityRules.map((entry) => (Array.isArray(entry) ? entry[0] : entry)));

function run(plugin: unknown, example: RuleExample) {
	const context = contextOf(example.setting);
	const entry = lintRules(context).find(([rule]) => rule === plugin)!;
	const file = example.setting.file ?? DEFAULT_FILE;
	return lintMdx(remarkMdxProcessor([entry]), file, example.input, contentFileInfo(file, context.sourceLocale)).map(at);
}

describe('rule examples', () => {
	it('come from every rule of the lint, each in its own module', () => {
		expect(rules.map((rule) => rule.plugin)).toHaveLength(plugins.size);
		expect(new Set(rules.map((rule) => rule.plugin))).toEqual(plugins);
	});

	for (const { file, plugin } of rules) {
		const source = readFileSync(path.join(root, file), 'utf8');
		const name = /^\s*\*\s*(cet:[\w-]+)/m.exec(source)?.[1] ?? file;
		describe(`${name} (${file})`, () => {
			let examples: RuleExample[] = [];
			let problem: unknown;
			try {
				examples = parseRuleExamples(source, file);
			} catch (error) {
				problem = error;
			}

			it('has an ok and a not-ok example in its header', () => {
				if (problem) throw problem;
				expect(examples.filter((example) => example.kind === 'ok').length, `${file} has no ok example`).toBeGreaterThan(0);
				expect(examples.filter((example) => example.kind === 'not-ok').length, `${file} has no not-ok example`).toBeGreaterThan(0);
			});

			for (const example of examples) {
				it(`${example.name} (line ${example.line}): ${example.description}`, () => {
					const where = `${file}:${example.line}`;
					expect(run(plugin, example), `${where}, npm run lint:content`).toEqual(example.lint ?? []);
					if (security.has(plugin)) expect(gate(example.input, example.setting.file ?? DEFAULT_FILE), `${where}, the build gate`).toEqual(example.gate ?? example.lint ?? []);
					else expect(example.gate, `${where}: only a security rule runs in the build gate`).toBeUndefined();
				});
			}
		});
	}
});

describe('the example format', () => {
	const header = (...lines: string[]) => `/**\n * cet:test — a rule.\n *\n${lines.map((line) => ` * ${line}`.trimEnd()).join('\n')}\n */\n`;
	const ok = ['@example ok.mdx A section', '```mdx', '## Why it matters {#why}', '```'];
	const finding = '1:1 SectionAnchorMissing: The section "Why it matters" has no anchor.';
	const notOk = ['@example not-ok.mdx No anchor', '```mdx', '## Why it matters', '```', '', '```text', finding, '```'];

	it('reads the name, the description, the setting, the input and the findings', () => {
		expect(parseRuleExamples(header(...ok, '', '@example not-ok-translation.mdx', '```json', '{"file": "content/chapters/fr/x.mdx"}', '```', ...notOk.slice(1)), 'x.ts')).toEqual([
			{ name: 'ok.mdx', kind: 'ok', description: 'A section', line: 4, setting: {}, input: '## Why it matters {#why}\n', lint: undefined, gate: undefined },
			{
				name: 'not-ok-translation.mdx',
				kind: 'not-ok',
				description: '',
				line: 9,
				setting: { file: 'content/chapters/fr/x.mdx' },
				input: '## Why it matters\n',
				lint: [finding],
				gate: undefined,
			},
		]);
	});

	it('refuses what it cannot read, with the file and line', () => {
		expect(() => parseRuleExamples(header('@example fine.mdx', ...ok.slice(1)), 'x.ts')).toThrow('x.ts:4: an example starts with its name');
		expect(() => parseRuleExamples(header(...ok, '```text', '1:1 X: y', '```'), 'x.ts')).toThrow('x.ts:4: an ok example finds nothing');
		expect(() => parseRuleExamples(header(...notOk.slice(0, 4)), 'x.ts')).toThrow('x.ts:4: a not-ok example lists what the lint finds');
		expect(() => parseRuleExamples(header(...notOk.slice(0, 6), 'SectionAnchorMissing at 1:1', '```'), 'x.ts')).toThrow('a finding is written line:column Code: message');
		expect(() => parseRuleExamples(header(...ok, 'Some prose.'), 'x.ts')).toThrow('x.ts:8: only blank lines and fenced blocks');
		expect(() => parseRuleExamples(header(...ok, '```md', '# x', '```'), 'x.ts')).toThrow('x.ts:8: only blank lines and fenced blocks');
		expect(() => parseRuleExamples(header('@example ok.mdx', '```json', '{"known": []}', '```', ...ok.slice(1)), 'x.ts')).toThrow('x.ts:4: the setting has no key known');
		expect(() => parseRuleExamples(header('@example ok.mdx', '```json', '{"file": ', '```', ...ok.slice(1)), 'x.ts')).toThrow('x.ts:4: the setting is not JSON');
		expect(() => parseRuleExamples(header('@example ok.mdx', '```text'), 'x.ts')).toThrow('x.ts:5: the block is not closed');
		expect(() => parseRuleExamples(header(...notOk.slice(0, 1), ...notOk.slice(5), ...notOk.slice(1, 4)), 'x.ts')).toThrow('x.ts:8: the blocks come once each');
	});

	it('finds no example where there is none, which the rule tests refuse', () => {
		expect(parseRuleExamples(header('No examples here.'), 'x.ts')).toEqual([]);
	});
});
