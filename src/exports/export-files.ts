/**
 * Every export file of the build: for each edition and locale built, the
 * practices as JSON, CSV and an OSCAL catalog, in `downloads/`, plus the JSON
 * Schema of the JSON export. Computed from the content alone (never from the
 * HTML), so a page can list the files' sizes and hashes while the site renders
 * and the build writes the very same bytes. Paths are relative to `dist/`.
 */
import { createHash } from 'node:crypto';
import type { TFunction } from 'i18next';
import type { Publication } from '../content/types.ts';
import { builtEditions, editionNameOf } from '../resolve/editions.ts';
import type { BuildSelection } from '../schemas/build-options.ts';
import { practicesCsv } from './csv-export.ts';
import { oscalCatalog } from './oscal-export.ts';
import { practicesExport, practicesExportJsonSchema } from '../views/practice-view.ts';
import { assessmentFileSchema, observerFileSchema } from '../schemas/assessment.ts';
import { toJSONSchema } from 'zod/mini';

export interface DownloadFile {
	path: string;
	edition: string | undefined;
	locale: string | undefined;
	format: 'json' | 'csv' | 'oscal' | 'json-schema' | 'pdf' | 'zip';
	content: string | Uint8Array;
}

export const EXPORT_SCHEMA_PATH = 'schemas/practices-export.schema.json';
/** The files the self-assessment tool and the observer checklist export, described beside the practices export. */
export const ASSESSMENT_SCHEMA_PATH = 'schemas/self-assessment.schema.json';
export const OBSERVER_SCHEMA_PATH = 'schemas/observer-visits.schema.json';
export const DOWNLOADS_DIR = 'downloads';
export const SUMS_FILE = 'SHA256SUMS';

/** The three exports of one edition in one locale. `t` is that locale's translator, for the catalog's title. */
export function editionExports(publication: Publication, edition: string, locale: string, t: TFunction): DownloadFile[] {
	const data = practicesExport(publication, edition, locale);
	const name = editionNameOf(publication, edition, locale, t);
	const title = `${t('site.title')} ${publication.template.version}: ${name} (${locale})`;
	const base = `${DOWNLOADS_DIR}/${edition}-${locale}`;
	return [
		{ path: `${base}.json`, edition, locale, format: 'json', content: `${JSON.stringify({ $schema: `../${EXPORT_SCHEMA_PATH}`, ...data }, null, 2)}\n` },
		{ path: `${base}.csv`, edition, locale, format: 'csv', content: practicesCsv(data) },
		{ path: `${base}.oscal.json`, edition, locale, format: 'oscal', content: `${JSON.stringify(oscalCatalog(data, title), null, 2)}\n` },
	];
}

/** The JSON Schemas of the browser tools' files, generated from the zod/mini schemas their scripts validate with. */
function toolSchemas(): DownloadFile[] {
	const schema = (path: string, zodSchema: typeof assessmentFileSchema | typeof observerFileSchema, title: string): DownloadFile => ({
		path,
		edition: undefined,
		locale: undefined,
		format: 'json-schema',
		content: `${JSON.stringify({ ...toJSONSchema(zodSchema, { target: 'draft-2020-12' }), title, $id: path.slice('schemas/'.length) }, null, 2)}\n`,
	});
	return [
		schema(ASSESSMENT_SCHEMA_PATH, assessmentFileSchema, 'Clean Elections Template: self-assessment answers'),
		schema(OBSERVER_SCHEMA_PATH, observerFileSchema, 'Clean Elections Template: citizen-observer visits'),
	];
}

export function exportFiles(publication: Publication, translatorFor: (locale: string) => TFunction, only: BuildSelection = {}): DownloadFile[] {
	return [
		{ path: EXPORT_SCHEMA_PATH, edition: undefined, locale: undefined, format: 'json-schema', content: `${JSON.stringify(practicesExportJsonSchema(), null, 2)}\n` },
		...toolSchemas(),
		...builtEditions(publication, only).flatMap((edition) => edition.locales.flatMap((locale) => editionExports(publication, edition.code, locale, translatorFor(locale)))),
	];
}

export function sha256(content: string | Uint8Array): string {
	return createHash('sha256').update(content).digest('hex');
}

export function byteLength(content: string | Uint8Array): number {
	return typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
}

/** `SHA256SUMS` for the files of `downloads/`, in the format `sha256sum -c` reads, sorted by name. */
export function sumsFile(files: ReadonlyArray<{ path: string; content: string | Uint8Array }>): string {
	return files
		.filter((file) => file.path.startsWith(`${DOWNLOADS_DIR}/`))
		.map((file) => `${sha256(file.content)}  ${file.path.slice(DOWNLOADS_DIR.length + 1)}\n`)
		.sort((a, b) => a.slice(66).localeCompare(b.slice(66)))
		.join('');
}

/** One line of a `SHA256SUMS` file read back: the SHA-256 and the file's name in `downloads/`, or the line that is neither. */
export type SumsEntry = { line: number; sha256: string; name: string } | { line: number; malformed: string };

/** The lines of a `SHA256SUMS` file, as `sumsFile` writes them and `sha256sum -c` reads them (`<hash>  <name>`, or `<hash> *<name>`). */
export function sumsEntries(text: string): SumsEntry[] {
	return text.split(/\r?\n/).flatMap((entry, index): SumsEntry[] => {
		if (!entry) return [];
		const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(entry);
		return [match ? { line: index + 1, sha256: match[1]!.toLowerCase(), name: match[2]! } : { line: index + 1, malformed: entry }];
	});
}
