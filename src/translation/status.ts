/**
 * Translation status: for every locale, every chapter, page, glossary and UI
 * namespace is current, outdated or missing, by content hash. Used by
 * `npm run l10n:status` and by the status page of the site.
 */
import type { Publication } from '../content/types.ts';
import { sourceDocuments, translationFile } from '../content/source-hashes.ts';
import type { UiNamespace } from '../ui-strings/ui-status-fs.ts';

export type DocumentState = 'current' | 'outdated' | 'missing';
export type DocumentKind = 'chapter' | 'page' | 'glossary' | 'ui';

export interface DocumentStatus {
	kind: DocumentKind;
	/** Chapter slug, page name, `glossary`, or the UI namespace. */
	name: string;
	/** Where the translation lives (or would live). */
	file: string;
	state: DocumentState;
}

export interface LocaleStatus {
	locale: string;
	documents: DocumentStatus[];
	counts: Record<DocumentState, number> & { total: number };
	/** Share of documents that are current, in whole percent (rounded down, so 100 means all). */
	percentCurrent: number;
}

export function localeStatus(publication: Publication, locale: string, ui: readonly UiNamespace[]): LocaleStatus {
	const translations = new Map(
		[...publication.translations.chapters, ...publication.translations.pages, ...publication.translations.glossaries]
			.filter((document) => document.locale === locale)
			.map((document) => [document.file, document]),
	);
	const documents: DocumentStatus[] = sourceDocuments(publication).map((source) => {
		const file = translationFile(source.key, locale);
		const translation = translations.get(file);
		const kind: DocumentKind = source.key === 'glossary' ? 'glossary' : source.key.startsWith('chapters/') ? 'chapter' : 'page';
		// Outdated: made from an earlier source, or with segments still listed to review.
		const state: DocumentState = !translation ? 'missing' : translation.data.source === source.hash && !translation.data.outdated?.length ? 'current' : 'outdated';
		return { kind, name: source.key === 'glossary' ? 'glossary' : source.key.split('/')[1]!, file, state };
	});
	for (const namespace of ui) {
		// Strings never stamped (for example just scaffolded by l10n:add) have not been translated yet.
		const state: DocumentState = !namespace.exists || namespace.recordedHash === undefined ? 'missing' : namespace.recordedHash === namespace.sourceHash ? 'current' : 'outdated';
		documents.push({ kind: 'ui', name: namespace.namespace, file: namespace.file, state });
	}
	const counts = { current: 0, outdated: 0, missing: 0, total: documents.length };
	for (const document of documents) counts[document.state] += 1;
	return { locale, documents, counts, percentCurrent: counts.total ? Math.floor((counts.current * 100) / counts.total) : 100 };
}
