/**
 * The practices of one edition in one locale as structured data, with the
 * edition's adaptations applied and marked: the one shape every export
 * (JSON, CSV, OSCAL) is made from. Its JSON Schema is generated from the zod
 * schema below and published beside the exports.
 */
import { z } from 'zod';
import type { Publication } from '../content/types.ts';
import { editionChapters } from '../resolve/edition-view.ts';
import { pillarIdSchema } from '../schemas/pillar.ts';
import { tierIdSchema } from '../schemas/tier.ts';
import { citationOf } from '../schemas/practice-id.ts';

export const EXPORT_SCHEMA_VERSION = 1;

/** How a practice stands in this edition. */
export const practiceStatusSchema = z.enum(['base', 'adapted', 'not-applicable', 'added']);

export const exportedPracticeSchema = z.strictObject({
	/** @example INC-3 */
	id: z.string(),
	/** Citation form. @example v1.0:INC-3 */
	citation: z.string(),
	title: z.string(),
	statement: z.string(),
	rationale: z.string(),
	implementation: z.array(z.string()),
	evidence: z.array(z.string()),
	tier: tierIdSchema,
	kind: z.enum(['prerequisite', 'credit']),
	/** Points of a credit; absent for a prerequisite. */
	points: z.number().int().optional(),
	/** Bonus points of a regional priority. */
	bonus: z.number().int().optional(),
	observable: z.boolean(),
	/** The question a citizen observer answers yes or no (observable practices only). @example Is the count being recorded on video? */
	question: z.string().optional(),
	tags: z.array(z.string()),
	status: practiceStatusSchema,
	/** Why the practice does not apply (status not-applicable). */
	reason: z.string().optional(),
	/** The edition's local note. */
	note: z.string().optional(),
	/** The edition's extra guidance. */
	guidance: z.string().optional(),
});

export const exportedChapterSchema = z.strictObject({
	slug: z.string(),
	code: z.string(),
	order: z.number().int(),
	title: z.string(),
	summary: z.string(),
	pillar: pillarIdSchema,
	practices: z.array(exportedPracticeSchema),
});

/** `exports/<edition>-<locale>.json`. */
export const practicesExportSchema = z.strictObject({
	/** Where the JSON Schema is, relative to the file. */
	$schema: z.string().optional(),
	schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
	template: z.strictObject({ version: z.string(), released: z.string() }),
	edition: z.strictObject({ code: z.string(), pinned: z.string() }),
	locale: z.string(),
	chapters: z.array(exportedChapterSchema),
});

export type ExportedPractice = z.output<typeof exportedPracticeSchema>;
export type PracticesExport = z.output<typeof practicesExportSchema>;

export function practicesExport(publication: Publication, edition: string, locale: string): PracticesExport {
	const { template } = publication;
	const pinned = publication.editions.find((candidate) => candidate.manifest.data.code === edition)?.manifest.data.template ?? template.version;
	return {
		schemaVersion: EXPORT_SCHEMA_VERSION,
		template: { version: template.version, released: template.released },
		edition: { code: edition, pinned },
		locale,
		chapters: editionChapters(publication, edition, locale).map(({ data }) => ({
			slug: data.slug,
			code: data.code,
			order: data.order,
			title: data.title,
			summary: data.summary,
			pillar: data.pillar,
			practices: data.practices.map((practice): ExportedPractice => {
				const mark = practice.mark;
				const status = !mark ? 'base' : mark.kind === 'added' ? 'added' : mark.notApplicable ? 'not-applicable' : 'adapted';
				return {
					id: practice.id,
					citation: citationOf(publication.template.version, practice.id),
					title: practice.title,
					statement: practice.statement,
					rationale: practice.rationale,
					implementation: practice.implementation,
					evidence: practice.evidence,
					tier: practice.tier,
					kind: practice.kind,
					...(practice.points !== undefined ? { points: practice.points } : {}),
					...(practice.bonus ? { bonus: practice.bonus } : {}),
					observable: practice.observable,
					...(practice.question !== undefined ? { question: practice.question } : {}),
					tags: practice.tags,
					status,
					...(mark?.notApplicable ? { reason: mark.notApplicable } : {}),
					...(mark?.note ? { note: mark.note } : {}),
					...(mark?.guidance ? { guidance: mark.guidance } : {}),
				};
			}),
		})),
	};
}

/** The published JSON Schema of the JSON export, generated from the zod schema. */
export function practicesExportJsonSchema(): unknown {
	return { ...z.toJSONSchema(practicesExportSchema, { target: 'draft-2020-12' }), title: 'Clean Elections Template: practices export', $id: 'practices-export.schema.json' };
}
