/**
 * Running one content rule on a text, the way its tests need: through
 * remark-mdx (`npm run lint:content`) and, for the security rules, through
 * the build gate's parser too, each finding as `line:column Code: message`.
 */
import type { Pluggable } from 'unified';
import { mdxGate } from '../../src/markdown/mdx-gate.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { contentFileInfo, type ContentFileInfo } from '../../src/lint/content-file.ts';
import { lintMdx, remarkMdxProcessor } from '../../src/lint/lint-mdx.ts';

export const at = (diagnostic: Diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.code}: ${diagnostic.message}`;

/** A source-locale chapter file, unless another path is given. */
export function lint(
	rule: Pluggable,
	options: unknown,
	text: string,
	file = 'content/chapters/en/test-chapter.mdx',
	info: ContentFileInfo = contentFileInfo(file, 'en'),
): string[] {
	const processor = remarkMdxProcessor([[rule, ['error', options]] as Pluggable]);
	return lintMdx(processor, file, text, info).map(at);
}

/** What the build gate finds in a text, on Astro's own parse. */
export function gate(text: string, file = 'content/chapters/en/test-chapter.mdx'): string[] {
	return mdxGate(file, text).map(at);
}

/** A frontmatter block of `lines` lines, so that a body starts at line lines + 3. */
export const frontmatter = (...fields: string[]) => ['---', ...fields, '---', ''].join('\n');
