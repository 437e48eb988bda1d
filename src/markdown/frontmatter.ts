/** Split an MDX file into its YAML frontmatter and its body, keeping line numbers. */
export interface SplitFile {
	/** The YAML between the fences, or undefined when there is none. */
	frontmatter: string | undefined;
	/** File line of the first frontmatter line (after the opening fence). */
	frontmatterLine: number;
	body: string;
	/** File line on which the body starts. */
	bodyLine: number;
}

export function splitFrontmatter(source: string): SplitFile {
	const text = source.replace(/^\uFEFF/, '');
	const lines = text.split('\n');
	if (lines[0]?.trimEnd() !== '---') return { frontmatter: undefined, frontmatterLine: 1, body: text, bodyLine: 1 };
	const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
	if (close === -1) return { frontmatter: undefined, frontmatterLine: 1, body: text, bodyLine: 1 };
	return {
		frontmatter: lines.slice(1, close).join('\n'),
		frontmatterLine: 2,
		body: lines.slice(close + 1).join('\n'),
		bodyLine: close + 2,
	};
}
