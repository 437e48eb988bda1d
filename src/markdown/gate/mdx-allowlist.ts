/**
 * cet:mdx-allowlist — MDX is code: `import`, `export` and `{expressions}` run
 * at build time. Content may use only the components of the allowlist
 * (`src/markdown/mdx-allowlist.ts`), with literal props, and a heading may
 * carry only its anchor.
 *
 * Script, iframe and style elements and event handlers are left to
 * cet:no-raw-html, so that each problem is reported once. Part of the build
 * gate (`src/markdown/mdx-gate.ts`) as well as of `npm run lint:content`.
 * The gate reports an attribute at its element: Astro's parser gives
 * attributes no position. remark-mdx cannot read a heading attribute at all,
 * so there `npm run lint:content` reports the file as unreadable.
 *
 * Examples (run as tests by tests/unit/lint/rule-examples.test.ts, which
 * describes the form):
 *
 * @example ok.mdx Markdown, the allowlisted <Term> with a literal id, and a heading anchor
 * ```mdx
 * ## Why this matters {#why}
 *
 * Ask <Term id="emb" /> for **the signed record** of each incident.
 *
 * <Term id="electoral-law" />
 * ```
 *
 * @example not-ok.mdx Each import and export, on its own line
 * ```mdx
 * import fs from 'node:fs'
 * export const year = 2026
 *
 * ## Why this matters {#why}
 * ```
 * ```text
 * 1:1 MdxImport: The file imports code (import fs from 'node:fs'); an MDX import runs at build time, so content may not have one.
 * 2:1 MdxExport: The file exports code (export const year = 2026); an MDX export runs at build time, so content may not have one.
 * ```
 *
 * @example not-ok-expression.mdx An expression, in text or on its own
 * ```mdx
 * The signing key is {process.env.CET_SIGNING_KEY}.
 *
 * {new Date().getFullYear()}
 * ```
 * ```text
 * 1:20 MdxExpression: The expression {process.env.CET_SIGNING_KEY} would run as code at build time; content may not contain one.
 * 3:1 MdxExpression: The expression {new Date().getFullYear()} would run as code at build time; content may not contain one.
 * ```
 *
 * @example not-ok-components.mdx A component off the allowlist, an HTML element, a fragment
 * ```mdx
 * Incidents so far: <Counter start="1" />, see <b>the log</b>.
 *
 * <>Declared by the panel</>
 * ```
 * ```text
 * 1:19 DisallowedComponent: <Counter> is not a component content may use; the allowlist has <Term>.
 * 1:46 DisallowedComponent: The HTML element <b> is not allowed in content; the components content may use are <Term>.
 * 3:1 DisallowedComponent: A fragment <>…</> is not allowed in content; the components content may use are <Term>.
 * ```
 *
 * @example not-ok-props.mdx Props that are expressions, spreads, bare, unknown or missing, and text inside <Term>
 * ```mdx
 * Ask <Term id={body} />, <Term {...props} />, <Term id />, <Term id="emb" lang="fr" />, <Term /> or <Term id="emb">the body</Term>.
 * ```
 * ```text
 * 1:11 NonLiteralProp: The prop id of <Term> is an expression, which would run as code at build time.
 * 1:31 NonLiteralProp: The spread {...props} of <Term> is an expression, which would run as code at build time.
 * 1:52 NonLiteralProp: The prop id of <Term> has no value.
 * 1:74 DisallowedProp: <Term> takes no prop lang; it takes id, form.
 * 1:88 MissingProp: <Term> needs the prop id.
 * 1:115 ComponentChildren: <Term> takes nothing between its tags.
 * ```
 * ```text gate
 * 1:5 NonLiteralProp: The prop id of <Term> is an expression, which would run as code at build time.
 * 1:25 NonLiteralProp: The spread {...props} of <Term> is an expression, which would run as code at build time.
 * 1:46 NonLiteralProp: The prop id of <Term> has no value.
 * 1:59 DisallowedProp: <Term> takes no prop lang; it takes id, form.
 * 1:88 MissingProp: <Term> needs the prop id.
 * 1:115 ComponentChildren: <Term> takes nothing between its tags.
 * ```
 *
 * @example not-ok-heading.mdx A heading attribute other than the anchor
 * ```mdx
 * ## Why this matters {#why .wide data-track=yes}
 * ```
 * ```text
 * 1:22 MdxSyntax: The MDX could not be read: Could not parse expression with acorn
 * ```
 * ```text gate
 * 1:1 HeadingAttribute: The heading carries the attribute .wide; a heading may carry only its anchor.
 * 1:1 HeadingAttribute: The heading carries the attribute data-track=yes; a heading may carry only its anchor.
 * ```
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
	if (name === 'className')
		return ([] as unknown[])
			.concat(value)
			.map((item) => `.${String(item)}`)
			.join(' ');
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
