/**
 * A tiny publication built in memory for the view tests: two base chapters,
 * a French translation of one, a term, and one edition (`xx`) that adapts,
 * adds and drops practices, replaces a section, adds a chapter and names a
 * regional priority. Every document goes through its zod schema, so the
 * defaults are those the loader gives.
 */
import type { z } from 'zod';
import type { ContentDocument, Publication } from '../../../src/content/types.ts';
import type { EditionDocument, YamlDocument } from '../../../src/content/types.ts';
import { chapterSchema } from '../../../src/schemas/chapter.ts';
import { adaptationsSchema, editionManifestSchema } from '../../../src/schemas/edition.ts';
import { templateMetaSchema } from '../../../src/schemas/template.ts';
import { termsSchema } from '../../../src/schemas/terms.ts';
import { chapterTranslationSchema } from '../../../src/schemas/translation.ts';
import { parseYamlSource } from '../../../src/utils/yaml-source.ts';

const yaml = <S extends z.ZodType>(file: string, schema: S, data: z.input<S>): YamlDocument<z.output<S>> => ({ file, data: schema.parse(data), source: parseYamlSource(file, '') });

const mdx = <S extends z.ZodType>(file: string, locale: string, name: string, schema: S, data: z.input<S>, body = ''): ContentDocument<z.output<S>> => ({
	...yaml(file, schema, data),
	locale,
	name,
	body,
	bodyLine: 1,
});

const words = (title: string) => ({ title, statement: `${title}.`, rationale: 'Because.', implementation: ['Do it.'], evidence: ['A record.'] });
const practice = (id: string, tier: 'silver' | 'gold' | 'platinum', kind: 'prerequisite' | 'credit', points?: number) => ({
	id,
	...words(`Practice ${id}`),
	tier,
	kind,
	...(points ? { points } : {}),
	observable: false,
});
const chapter = (slug: string, code: string, order: number, practices: ReturnType<typeof practice>[], contributors: Array<{ name: string; organisation?: string }>) => ({
	slug,
	code,
	order,
	title: `Chapter ${code}`,
	summary: 'A chapter.',
	pillar: 'govern' as const,
	status: 'stable' as const,
	reviewed: '2026-01-10',
	contributors,
	practices,
});
const base = { hash: '0123456789abcdef', text: 'base text' };

export function miniPublication(): Publication {
	const template = templateMetaSchema.parse({
		version: '1.2.0',
		released: '2026-02-01',
		reviewed: '2026-01-15',
		sourceLocale: 'en',
		locales: [
			{ code: 'en', name: 'English' },
			{ code: 'fr', name: 'Français' },
		],
		scoring: {
			partialCreditPercent: 50,
			tiers: [
				{ id: 'silver', minPointsPercent: 10 },
				{ id: 'gold', minPointsPercent: 40 },
				{ id: 'platinum', minPointsPercent: 70 },
			],
		},
		releases: [
			{ version: '1.1.0', date: '2025-06-01', notes: 'First.' },
			{ version: '1.2.0', date: '2026-02-01', notes: 'Second.' },
		],
	});
	const alpha = chapter(
		'alpha',
		'ALP',
		1,
		[practice('ALP-1', 'silver', 'prerequisite'), practice('ALP-2', 'silver', 'credit', 2), practice('ALP-3', 'gold', 'credit', 3), practice('ALP-4', 'gold', 'prerequisite')],
		[{ name: 'Zoë Rossi', organisation: 'Observatory' }, { name: 'Émile Durand' }],
	);
	const beta = chapter('beta', 'BET', 2, [practice('BET-1', 'platinum', 'prerequisite'), practice('BET-2', 'platinum', 'credit', 1)], [{ name: 'Émile Durand' }]);
	const local = chapter('local', 'XX-LOC', 3, [practice('XX-LOC-1', 'silver', 'prerequisite'), practice('XX-LOC-2', 'gold', 'credit', 1)], [{ name: 'Ava Exe' }]);
	const alphaBody = '## Why {#why}\n\nRun by <Term id="emb" />.\n\n## Adapting {#adapting}\n\nAsk *your* <Term id="emb" />.\n\n### Detail {#detail}\n\nMore.\n';
	const edition: EditionDocument = {
		folder: 'xx',
		manifest: yaml('content/editions/xx/edition.yaml', editionManifestSchema, {
			code: 'xx',
			country: 'XX',
			name: { en: 'Exland', fr: 'Exlande' },
			locales: ['en', 'fr'],
			template: '1.1.0',
			publisher: { name: { en: 'Exland Commission', fr: 'Commission d’Exlande' } },
			terms: { emb: { en: { definite: 'the Exland Commission' }, fr: { definite: 'la Commission d’Exlande' } } },
			regionalPriorities: [{ practice: 'ALP-3', bonus: 2, reason: { en: 'Local need.', fr: 'Besoin local.' } }],
		}),
		adaptations: yaml('content/editions/xx/adaptations.yaml', adaptationsSchema, {
			practices: [
				{ practice: 'ALP-2', statement: { en: 'Exland statement.', fr: 'Énoncé d’Exlande.' }, tier: 'gold', base },
				{ practice: 'BET-2', notApplicable: { reason: { en: 'No such body here.', fr: 'Pas d’organe ici.' } }, base },
			],
			added: [{ id: 'XX-ALP-1', chapter: 'alpha', tier: 'silver', kind: 'credit', points: 3, observable: false, text: { en: words('Local rule'), fr: words('Règle locale') } }],
			sections: [
				{
					chapter: 'alpha',
					mode: 'replace',
					anchor: 'adapting',
					title: { en: 'Adapting in Exland', fr: 'Adapter en Exlande' },
					body: { en: 'Write to **us**.', fr: 'Écrivez-nous.' },
					base,
				},
				{ chapter: 'beta', mode: 'append', newAnchor: 'exland-notes', title: { en: 'Exland <notes>', fr: 'Notes' }, body: { en: 'Appended.', fr: 'Ajouté.' } },
			],
			contributors: [{ name: 'Yann Exe', organisation: 'Exland Commission' }, { name: 'Ava Exe' }, { name: 'Yann Exe', organisation: 'Exland Commission' }],
		}),
		chapters: [mdx('content/editions/xx/chapters/en/local.mdx', 'en', 'local', chapterSchema, local)],
	};
	return {
		template,
		chapters: [mdx('content/chapters/en/beta.mdx', 'en', 'beta', chapterSchema, beta), mdx('content/chapters/en/alpha.mdx', 'en', 'alpha', chapterSchema, alpha, alphaBody)],
		pages: [],
		glossary: undefined,
		translations: {
			chapters: [
				mdx(
					'content/chapters/fr/alpha.mdx',
					'fr',
					'alpha',
					chapterTranslationSchema,
					{
						source: 'ffffffffffffffff',
						title: 'Chapitre ALP',
						summary: 'Un chapitre.',
						translators: [{ name: 'Amélie Martin' }],
						practices: [{ id: 'ALP-1', ...words('Pratique ALP-1') }],
					},
					'## Pourquoi {#why}\n\nTexte.\n\n## Adapter {#adapting}\n\nDemandez à <Term id="emb" />.\n',
				),
			],
			pages: [],
			glossaries: [],
		},
		terms: yaml('content/terms.yaml', termsSchema, {
			forms: { en: { definite: 'Inside a sentence.' }, fr: { definite: 'Inside a sentence.' } },
			terms: { emb: { description: 'The election body.', default: { en: { definite: 'the election management body' }, fr: { definite: 'l’organisme électoral' } } } },
		}),
		editions: [edition],
	};
}
