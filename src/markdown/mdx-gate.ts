/**
 * The build gate for contributed MDX. MDX is code: `import`, `export` and
 * `{expressions}` run when Astro compiles a file. Before Astro loads anything,
 * every MDX file of the content is parsed here exactly as Astro's MDX
 * integration will parse it (Sätteri, same features, same frontmatter
 * split) and run through the security rules (`src/markdown/gate/security-rules.ts`): only
 * the allowlisted components with literal props, no import, export or
 * expression, no script, iframe, style or event handler, no dangerous URL.
 * Checking Astro's own view of the file, not remark's, leaves no room for the
 * two parsers to disagree about what is code.
 */
import { mdxToMdast } from 'satteri';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { markdownFeatures } from './mdx-body.ts';
import { toDiagnostic } from './report.ts';
import { securityRules } from './gate/security-rules.ts';
import { BIDI_CONTROL, codePointName } from '../utils/yaml-source.ts';

/**
 * The features Astro compiles MDX with: ours (astro.config.mjs) plus the two
 * it turns on by default (node_modules/@astrojs/markdown-satteri/dist/mdx/create-processor.js).
 */
const astroFeatures = { ...markdownFeatures, gfm: true, smartPunctuation: true } as const;

/**
 * The text Astro's MDX integration compiles: the frontmatter, as its own
 * expression finds it, blanked with spaces so lines and columns stay. Mirrors
 * `parseFrontmatter(code, { frontmatter: 'empty-with-spaces' })` of
 * @astrojs/internal-helpers, which @astrojs/mdx calls; a test compares the two.
 */
export function astroMdxContent(code: string): string {
	const raw = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/.exec(code)?.[1];
	if (raw === undefined) return code;
	const delimiter = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/.exec(code)![1]!;
	return code.replace(`${delimiter}${raw}${delimiter}`, () => `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
}

const gate = unified().use(securityRules).freeze();

/** An image a file shows, as written, and where. */
export interface ImageUse {
	url: string;
	line: number;
	column: number;
}

/** Every image node of a tree, in order. */
function imagesOf(tree: Root): ImageUse[] {
	const images: ImageUse[] = [];
	const walk = (node: { type: string; url?: string; position?: { start: { line: number; column: number } }; children?: unknown[] }) => {
		if (node.type === 'image' && typeof node.url === 'string') images.push({ url: node.url, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
		for (const child of node.children ?? []) walk(child as typeof node);
	};
	walk(tree as never);
	return images;
}

/**
 * The gate's findings and the images the file shows (those that passed the
 * gate are then checked on disk by `src/content/media-fs.ts`).
 */
/**
 * Bidirectional embedding, override and isolate controls in the body (the
 * frontmatter's are reported by its YAML reader): invisible, they make what a
 * reader sees differ from what was reviewed.
 */
function bidiControls(file: string, code: string): Diagnostic[] {
	const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(code);
	const lines = code.split('\n');
	const first = frontmatter ? frontmatter[0].split('\n').length - 1 : 0;
	return lines.flatMap((text, index) => {
		if (index < first) return [];
		const match = new RegExp(BIDI_CONTROL.source, 'g').exec(text);
		return match ? [diagnostic('BidiControl', file, { line: index + 1, column: match.index + 1 }, codePointName(match[0]))] : [];
	});
}

export function gateMdx(file: string, code: string): { diagnostics: Diagnostic[]; images: ImageUse[] } {
	let tree: Root;
	try {
		tree = mdxToMdast(astroMdxContent(code), { features: astroFeatures }) as Root;
	} catch (error) {
		// Sätteri's messages start with the line and column: "3:14: Could not parse expression…".
		const text = error instanceof Error ? error.message : String(error);
		const [, line = '1', column = '1', detail = text] = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(text) ?? [];
		return { diagnostics: [diagnostic('MdxSyntax', file, { line: Number(line), column: Number(column) }, detail)], images: [] };
	}
	const vfile = new VFile({ path: file, value: code });
	gate.runSync(tree, vfile);
	return { diagnostics: [...vfile.messages.map((message) => toDiagnostic(file, message)), ...bidiControls(file, code)], images: imagesOf(tree) };
}

/** Every reason to refuse an MDX file, or none. `file` is the project-relative path, `code` the whole file. */
export function mdxGate(file: string, code: string): Diagnostic[] {
	return gateMdx(file, code).diagnostics;
}
