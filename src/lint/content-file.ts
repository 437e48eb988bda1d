/**
 * What a content file is, from its path: a chapter or a prose page, in which
 * locale, and whether it holds the source text or a translation. Rules read
 * it from `file.data.content` to decide what applies.
 */
export interface ContentFileInfo {
	/** `section`: an edition's section body in adaptations.yaml, linted as Markdown under its own heading, on its chapter's page. */
	kind: 'chapter' | 'page' | 'section' | 'other';
	locale: string;
	/** The chapter slug or the page name: the page is `<name>.html`. */
	name: string;
	/** True for a file that holds its own structure (the source locale, or an edition's own chapter); false for a translation. */
	source: boolean;
	/** The edition that owns the file, for an edition's own chapter. */
	edition?: string;
}

declare module 'vfile' {
	interface DataMap {
		content: ContentFileInfo;
	}
}

/** @param file a project-relative path with forward slashes, such as content/chapters/en/critical-incident-protocol.mdx */
export function contentFileInfo(file: string, sourceLocale: string): ContentFileInfo {
	const parts = file.split('/');
	const name = (parts.at(-1) ?? '').replace(/\.mdx$/, '');
	const locale = parts.at(-2) ?? sourceLocale;
	if (parts[0] === 'content' && parts[1] === 'chapters' && parts.length === 4) return { kind: 'chapter', locale, name, source: locale === sourceLocale };
	if (parts[0] === 'content' && parts[1] === 'pages' && parts.length === 4) return { kind: 'page', locale, name, source: locale === sourceLocale };
	if (parts[0] === 'content' && parts[1] === 'editions' && parts[3] === 'chapters' && parts.length === 6) return { kind: 'chapter', locale, name, source: true, edition: parts[2] };
	return { kind: 'other', locale, name, source: true };
}
