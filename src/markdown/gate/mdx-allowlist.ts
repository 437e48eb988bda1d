/**
 * cet:mdx-allowlist — MDX is code: `import`, `export` and `{expressions}` run
 * at build time. Content may use only the components of the allowlist
 * (`src/markdown/mdx-allowlist.ts`), with literal props, and a heading may
 * carry only its anchor.
 *
 * ```mdx
 * import fs from 'node:fs'             ✗ MdxImport
 * export const year = 2026             ✗ MdxExport
 * Home: {process.env.HOME}             ✗ MdxExpression
 * <Counter start="1" />                ✗ DisallowedComponent
 * <Term id={name} />                   ✗ NonLiteralProp
 * ## Why {#why .wide}                  ✗ HeadingAttribute
 * Ask <Term id="emb" />. ## Why {#why} ✓
 * ```
 *
 * Script, iframe and style elements and event handlers are left to
 * cet:no-raw-html, so that each problem is reported once. Part of the build
 * gate (`src/markdown/mdx-gate.ts`) as well as of `npm run lint:content`.
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { mdxAllowlist, type AllowedComponent } from '../mdx-allowlist.ts';
import { report } from '../report.ts';
import { isEsm, isExpression, isHeading, isJsxElement, type MdxJsxElement } from '../mdx-nodes.ts';
import { isEventHandler, isRawHtmlElement } from './no-raw-html.ts';

export interface MdxAllowlistOptions {
	/** The components content may use; the kit's own allowlist by default. */
	components?: Readonly<Record<string, AllowedComponent>>;
}

/** Code quoted in a message: one line, at most 60 characters. */
function excerpt(code: string): string {
	const line = code.trim().split('\n')[0]!.trim();
	return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/** A heading attribute as the author wrote it: `.wide` for a class, `key=value` otherwise. */
function attributeAsWritten(name: string, value: unknown): string {
	if (name === 'className') return ([] as unknown[]).concat(value).map((item) => `.${String(item)}`).join(' ');
	return `${name}=${String(value)}`;
}

function checkElement(file: VFile, node: MdxJsxElement, components: Readonly<Record<string, AllowedComponent>>) {
	if (node.name !== null && isRawHtmlElement(node.name)) return;
	const allowed = node.name === null ? undefined : Object.hasOwn(components, node.name) ? components[node.name] : undefined;
	if (!allowed) {
		report(file, node.position, 'DisallowedComponent', node.name ?? '', Object.keys(components));
		return;
	}
	const name = node.name!;
	const given = new Set<string>();
	for (const attribute of node.attributes) {
		const place = attribute.position ?? node.position;
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			report(file, place, 'NonLiteralProp', `{${excerpt(attribute.value)}}`, name, 'spread');
			continue;
		}
		if (isEventHandler(attribute.name)) continue;
		given.add(attribute.name);
		if (!Object.hasOwn(allowed.props, attribute.name)) report(file, place, 'DisallowedProp', attribute.name, name, Object.keys(allowed.props));
		else if (attribute.value === null || attribute.value === undefined) report(file, place, 'NonLiteralProp', attribute.name, name, 'bare');
		else if (typeof attribute.value !== 'string') report(file, place, 'NonLiteralProp', attribute.name, name, 'expression');
	}
	// A spread is already refused; what it might have supplied is not reported as missing too.
	const spread = node.attributes.some((attribute) => attribute.type === 'mdxJsxExpressionAttribute');
	for (const [prop, { required }] of Object.entries(allowed.props)) if (required && !given.has(prop) && !spread) report(file, node.position, 'MissingProp', prop, name);
	if (!allowed.children && node.children.length) report(file, node.children[0]!.position ?? node.position, 'ComponentChildren', name);
}

const mdxAllowlistRule = lintRule<Root, MdxAllowlistOptions | undefined>('cet:mdx-allowlist', (tree, file, options) => {
	const components = options?.components ?? mdxAllowlist;
	visit(tree as Node, (node) => {
		if (isEsm(node)) {
			// One block may hold several statements; report each import or export on its own line.
			const start = node.position?.start;
			node.value.split('\n').forEach((line, index) => {
				const keyword = /^\s*(import|export)\b/.exec(line)?.[1];
				if (!keyword) return;
				const place = start ? { start: { line: start.line + index, column: index ? 1 : start.column }, end: { line: start.line + index, column: line.length + 1 } } : undefined;
				report(file, place, keyword === 'import' ? 'MdxImport' : 'MdxExport', excerpt(line));
			});
		} else if (isExpression(node)) {
			report(file, node.position, 'MdxExpression', excerpt(node.value));
		} else if (isJsxElement(node)) {
			checkElement(file, node, components);
		} else if (isHeading(node)) {
			for (const [name, value] of Object.entries(node.data?.hProperties ?? {})) {
				if (name !== 'id' && !isEventHandler(name)) report(file, node.position, 'HeadingAttribute', attributeAsWritten(name, value));
			}
		}
	});
});

export default mdxAllowlistRule;
