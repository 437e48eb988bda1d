/**
 * The practices as an OSCAL 1.0.0 control catalog, so compliance tools can
 * import the template: chapters become groups, practices controls, and the
 * statement, rationale, implementation steps and evidence become parts.
 * UUIDs are derived from content (shaped as version 4, as the schema
 * requires), so the same input gives the same bytes.
 */
import { createHash } from 'node:crypto';
import type { PracticesExport } from '../views/practice-view.ts';

export const OSCAL_VERSION = '1.0.0';

function stableUuid(...parts: string[]): string {
	const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
	const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const prop = (name: string, value: string | number | boolean) => ({ name, value: String(value), ns: 'https://clean-elections-template.org/ns/oscal' });

export function oscalCatalog(data: PracticesExport, title: string) {
	const key = `${data.edition.code}/${data.locale}`;
	return {
		catalog: {
			uuid: stableUuid('catalog', key, data.template.version),
			metadata: {
				title,
				'last-modified': `${data.template.released}T00:00:00Z`,
				version: data.template.version,
				'oscal-version': OSCAL_VERSION,
				props: [prop('edition', data.edition.code), prop('locale', data.locale)],
			},
			groups: data.chapters.map((chapter) => ({
				id: chapter.slug,
				class: 'chapter',
				title: chapter.title,
				props: [prop('code', chapter.code), prop('pillar', chapter.pillar)],
				parts: [{ id: `${chapter.slug}_smt`, name: 'overview', prose: chapter.summary }],
				controls: chapter.practices.map((practice) => ({
					id: practice.id,
					class: 'practice',
					title: practice.title,
					props: [
						prop('label', practice.id),
						prop('citation', practice.citation),
						prop('tier', practice.tier),
						prop('kind', practice.kind),
						...(practice.points !== undefined ? [prop('points', practice.points)] : []),
						prop('observable', practice.observable),
						prop('status', practice.status),
						...(practice.reason ? [prop('not-applicable-reason', practice.reason)] : []),
					],
					parts: [
						{ id: `${practice.id}_smt`, name: 'statement', prose: practice.statement },
						{
							id: `${practice.id}_gdn`,
							name: 'guidance',
							prose: [practice.rationale, ...(practice.note ? [practice.note] : []), ...(practice.guidance ? [practice.guidance] : [])].join('\n\n'),
						},
						{
							id: `${practice.id}_imp`,
							name: 'implementation',
							parts: practice.implementation.map((step, index) => ({ id: `${practice.id}_imp.${index + 1}`, name: 'item', prose: step })),
						},
						{
							id: `${practice.id}_obj`,
							name: 'assessment-objective',
							parts: practice.evidence.map((item, index) => ({ id: `${practice.id}_obj.${index + 1}`, name: 'evidence', prose: item })),
						},
					],
				})),
			})),
		},
	};
}
