/**
 * Every export file of the build: for each edition and locale built, the
 * practices as JSON, CSV and an OSCAL catalog, plus the JSON Schema of the
 * JSON export. Paths are relative to `dist/`.
 */
import type { Publication } from '../content/load-content.ts';
import { builtEditions } from '../site/editions.ts';
import { practicesCsv } from './csv-export.ts';
import { oscalCatalog } from './oscal-export.ts';
import { practicesExport, practicesExportJsonSchema } from './practice-export.ts';

export interface ExportFile {
	path: string;
	edition: string | undefined;
	locale: string | undefined;
	format: 'json' | 'csv' | 'oscal' | 'json-schema';
	content: string;
}

export const EXPORT_SCHEMA_PATH = 'schemas/practices-export.schema.json';

export function exportFiles(publication: Publication, title: (edition: string, locale: string) => string): ExportFile[] {
	const files: ExportFile[] = [{ path: EXPORT_SCHEMA_PATH, edition: undefined, locale: undefined, format: 'json-schema', content: `${JSON.stringify(practicesExportJsonSchema(), null, 2)}\n` }];
	for (const edition of builtEditions(publication)) {
		for (const locale of edition.locales) {
			const data = practicesExport(publication, edition.code, locale);
			const base = `exports/${edition.code}-${locale}`;
			files.push(
				{ path: `${base}.json`, edition: edition.code, locale, format: 'json', content: `${JSON.stringify({ $schema: `../${EXPORT_SCHEMA_PATH}`, ...data }, null, 2)}\n` },
				{ path: `${base}.csv`, edition: edition.code, locale, format: 'csv', content: practicesCsv(data) },
				{ path: `${base}.oscal.json`, edition: edition.code, locale, format: 'oscal', content: `${JSON.stringify(oscalCatalog(data, title(edition.code, locale)), null, 2)}\n` },
			);
		}
	}
	return files;
}
