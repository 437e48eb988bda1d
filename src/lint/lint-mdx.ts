/**
 * remark-lint over one MDX text: remark-parse with remark-frontmatter and
 * remark-mdx, the heading anchors put back, then the security rules and the
 * content rules. No disk access: `lint-content.ts` reads the files.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ContentFileInfo } from './content-file.ts';
import { maskHeadingAnchors, remarkHeadingAnchors } from '../markdown/heading-anchors.ts';
import type { LintContext } from './lint-context.ts';
import { toDiagnostic } from '../markdown/report.ts';
import { contentRules } from './content-rules.ts';
import { securityRules } from '../markdown/gate/security-rules.ts';

export interface LintProcessorOptions {
	/**
	 * Run the security rules too (the default). `npm run check` leaves them
	 * out, because the build gate has already run them on Astro's own parse.
	 */
	security?: boolean;
	/** Parse as Markdown, not MDX: for an edition's section body, which is Markdown only. Default false. */
	markdown?: boolean;
}

/** remark with MDX, frontmatter and heading anchors, and the given rules. */
export function remarkMdxProcessor(rules: PluggableList, markdown = false) {
	return unified()
		.use(remarkParse)
		.use(remarkFrontmatter, ['yaml'])
		.use(markdown ? [] : [remarkMdx])
		.use(remarkHeadingAnchors)
		.use(rules)
		.freeze();
}

export type LintProcessor = ReturnType<typeof remarkMdxProcessor>;

/** Every rule, configured from the publication. */
export function lintProcessor(context: LintContext, options: LintProcessorOptions = {}): LintProcessor {
	return remarkMdxProcessor([...(options.security === false ? [] : securityRules), ...contentRules(context)], options.markdown);
}

/** Every finding in one file. `file` is the project-relative path; `text` the whole file. */
export function lintMdx(processor: LintProcessor, file: string, text: string, info: ContentFileInfo): Diagnostic[] {
	const masked = maskHeadingAnchors(text);
	const vfile = new VFile({ path: file, value: masked.text, data: { content: info, headingAnchors: masked.anchors } });
	try {
		processor.runSync(processor.parse(vfile), vfile);
	} catch (error) {
		// remark-mdx throws a message with a place when the text is not valid MDX.
		const cause = error as { reason?: unknown; line?: unknown; column?: unknown };
		if (typeof cause.reason !== 'string') throw error;
		return [diagnostic('MdxSyntax', file, { line: Number(cause.line ?? 1) || 1, column: Number(cause.column ?? 1) || 1 }, cause.reason)];
	}
	return vfile.messages.map((message) => toDiagnostic(file, message));
}
