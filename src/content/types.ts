/**
 * The model of the publication as the loader returns it: documents read from
 * `content/`, each with its validated data and the source that locates a
 * field's line. Imports only schemas and the YAML source type, so that every
 * validator, resolver and view can import it without importing the loader.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Chapter } from '../schemas/chapter.ts';
import type { ChapterKeys } from '../schemas/chapter-keys.ts';
import type { Adaptations, EditionManifest } from '../schemas/edition.ts';
import type { Glossary } from '../schemas/glossary.ts';
import type { Page } from '../schemas/page.ts';
import type { TemplateMeta } from '../schemas/template.ts';
import type { Names } from '../schemas/names.ts';
import type { Terms } from '../schemas/terms.ts';
import type { ChapterTranslation, GlossaryTranslation, PageTranslation } from '../schemas/translation.ts';
import type { YamlSource } from '../utils/yaml-source.ts';

/** A content file as read, before its data is validated. */
export interface ReadFile {
	/** Project-relative path. @example content/chapters/en/critical-incident-protocol.mdx */
	file: string;
	locale: string;
	/** File name without extension: the chapter slug, the page name, or the locale for a glossary. */
	name: string;
	source: YamlSource;
	body: string;
	bodyLine: number;
	/** True when the MDX could not be parsed (reported as MdxSyntax); `body` is then empty, and checks that compare bodies skip it. */
	unreadable?: boolean;
}

/** A content file whose frontmatter passed its schema. */
export interface ContentDocument<T> extends ReadFile {
	data: T;
}

/** A YAML file that passed its schema. */
export interface YamlDocument<T> {
	file: string;
	data: T;
	source: YamlSource;
}

/** A chapter file whose YAML could be read, valid or not: what the cross-file rules need. */
export interface ChapterKeysDocument {
	file: string;
	locale: string;
	name: string;
	source: YamlSource;
	keys: ChapterKeys;
}

export interface EditionDocument {
	/** Folder name under content/editions/. */
	folder: string;
	manifest: YamlDocument<EditionManifest>;
	adaptations: YamlDocument<Adaptations>;
	/** The edition's own chapters, `content/editions/<code>/chapters/<locale>/<slug>.mdx`, every locale. */
	chapters: ContentDocument<Chapter>[];
}

export interface Translations {
	chapters: ContentDocument<ChapterTranslation>[];
	pages: ContentDocument<PageTranslation>[];
	glossaries: ContentDocument<GlossaryTranslation>[];
}

export interface Publication {
	template: TemplateMeta;
	/** Chapters in the source locale. */
	chapters: ContentDocument<Chapter>[];
	/** Prose pages in the source locale. */
	pages: ContentDocument<Page>[];
	/** The source-locale glossary, if present. */
	glossary: ContentDocument<Glossary> | undefined;
	translations: Translations;
	/** `content/terms.yaml`, if present. */
	terms: YamlDocument<Terms> | undefined;
	/** Country editions under `content/editions/`. */
	editions: EditionDocument[];
	/** `content/names.yaml`, if present: names in other languages. */
	names?: YamlDocument<Names> | undefined;
}

export interface LoadResult {
	/** Undefined when `content/template.yaml` itself is unusable. */
	publication: Publication | undefined;
	diagnostics: Diagnostic[];
}
