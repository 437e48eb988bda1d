/**
 * The current content hash of every translatable source document, keyed the
 * same way for chapters, pages and the glossary: `chapters/<slug>`,
 * `pages/<name>`, `glossary`.
 */
import type { Publication } from './types.ts';
import { chapterHash, glossaryHash, pageHash } from './content-hash.ts';

export type SourceKey = `chapters/${string}` | `pages/${string}` | 'glossary';

export interface SourceDocument {
	key: SourceKey;
	/** Project-relative path of the source file. */
	file: string;
	hash: string;
}

type Sources = Pick<Publication, 'chapters' | 'pages' | 'glossary'>;

const computed = new WeakMap<Sources, { documents: SourceDocument[]; byKey: Map<SourceKey, string> }>();

function hashed(publication: Sources) {
	let found = computed.get(publication);
	if (!found) {
		const documents = hashDocuments(publication);
		computed.set(publication, (found = { documents, byKey: new Map(documents.map((document) => [document.key, document.hash])) }));
	}
	return found;
}

/** Every source document with its hash, computed once per publication: every translation status and every localized page asks. */
export function sourceDocuments(publication: Sources): SourceDocument[] {
	return hashed(publication).documents;
}

/** The current hash of one source document, or undefined if there is none. */
export function sourceHash(publication: Sources, key: SourceKey): string | undefined {
	return hashed(publication).byKey.get(key);
}

function hashDocuments(publication: Sources): SourceDocument[] {
	return [
		...publication.chapters.map((chapter): SourceDocument => ({ key: `chapters/${chapter.name}`, file: chapter.file, hash: chapterHash(chapter.data, chapter.body) })),
		...publication.pages.map((page): SourceDocument => ({ key: `pages/${page.name}`, file: page.file, hash: pageHash(page.data, page.body) })),
		...(publication.glossary ? [{ key: 'glossary' as const, file: publication.glossary.file, hash: glossaryHash(publication.glossary.data) }] : []),
	];
}

/** Where the translation of a source document lives for a locale. */
export function translationFile(key: SourceKey, locale: string): string {
	return key === 'glossary' ? `content/glossary/${locale}.yaml` : `content/${key.split('/')[0]}/${locale}/${key.split('/')[1]}.mdx`;
}
