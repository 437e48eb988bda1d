/** The exports of the shipped publication (JSON, CSV, OSCAL), checked against their schemas. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import { csvColumns, practicesCsv } from '../../src/exports/csv-export.ts';
import { oscalCatalog } from '../../src/exports/oscal-export.ts';
import { practicesExport, practicesExportJsonSchema, practicesExportSchema } from '../../src/views/practice-view.ts';

const { publication } = loadContent(path.resolve(import.meta.dirname, '../..'));
const oscalSchema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/oscal/oscal_catalog_schema-1.0.0.json'), 'utf8')) as object;

describe('exports', () => {
	const canada = practicesExport(publication!, 'ca', 'fr');
	const practices = canada.chapters.flatMap((chapter) => chapter.practices);

	it('carry every practice of the edition, with its adaptations marked', () => {
		expect(practices).toHaveLength(82);
		expect(practices.find((practice) => practice.id === 'TEC-3')).toMatchObject({ status: 'not-applicable', reason: expect.stringContaining('dépouillés à la main') });
		expect(practices.find((practice) => practice.id === 'CA-DAT-1')).toMatchObject({ status: 'added', points: 2 });
		expect(practices.find((practice) => practice.id === 'PLT-3')).toMatchObject({ status: 'adapted' });
		expect(practices.find((practice) => practice.id === 'IAC-1')!.statement).toContain('Élections Canada');
		expect(practices.filter((practice) => practice.status === 'base')).toHaveLength(82 - 8);
	});

	it('validate against the JSON Schema generated from the zod schema', () => {
		const ajv = new Ajv2020({ allErrors: true, strict: false });
		const validate = ajv.compile(practicesExportJsonSchema() as object);
		expect(validate(practicesExport(publication!, 'base', 'ar')), JSON.stringify(validate.errors)).toBe(true);
		expect(validate({ ...canada, locale: 3 })).toBe(false);
		expect(practicesExportSchema.parse(canada)).toEqual(canada);
	});

	it('write one CSV row per practice, quoting what needs quoting', () => {
		const csv = practicesCsv(canada);
		const lines = csv
			.replace(/^\uFEFF/, '')
			.trimEnd()
			.split('\r\n');
		expect(lines[0]).toBe(csvColumns.join(','));
		// Quoted fields may hold commas; count records by their leading ID instead of splitting cells.
		expect(lines.slice(1).filter((line) => /^(CA-)?[A-Z]{2,4}-\d+,/.test(line))).toHaveLength(82);
		expect(lines.find((line) => line.startsWith('TEC-3,'))).toMatch(/,not-applicable,"?Les bulletins fédéraux/);
	});

	it('form an OSCAL 1.0.0 catalog that validates against the NIST schema', () => {
		const ajv = new Ajv({ allErrors: true, strict: false });
		addFormats.default(ajv);
		const validate = ajv.compile(oscalSchema);
		for (const [edition, locale] of [
			['base', 'en'],
			['ca', 'fr'],
			['base', 'ar'],
		] as const) {
			const catalog = oscalCatalog(practicesExport(publication!, edition, locale), `Catalog ${edition} ${locale}`);
			expect(validate(catalog), `${edition}/${locale}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
		}
		const broken = oscalCatalog(canada, 'x') as { catalog: { uuid: string } };
		broken.catalog.uuid = 'not-a-uuid';
		expect(validate(broken)).toBe(false);
	});

	it('are the same bytes for the same input', () => {
		expect(JSON.stringify(oscalCatalog(practicesExport(publication!, 'ca', 'en'), 't'))).toBe(JSON.stringify(oscalCatalog(practicesExport(publication!, 'ca', 'en'), 't')));
	});
});
