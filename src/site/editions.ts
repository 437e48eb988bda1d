import type { Publication } from '../content/load-content.ts';

/**
 * An edition as the site publishes it. The base template is the default
 * edition; country editions are overlays on a pinned template version.
 */
export interface Edition {
	/** URL segment. @example ca */
	code: string;
	/** Locales this edition publishes, default first. */
	locales: string[];
	isBase: boolean;
	/** The edition's name per locale; the base edition's name is a UI string. */
	name: Record<string, string> | undefined;
	/** Pinned template version (the current one for the base). */
	template: string;
}

export const BASE_EDITION_CODE = 'base';

/**
 * Every edition, the base first. `CET_EDITIONS` (comma-separated codes) and
 * `CET_LOCALES` restrict a build to a part of the publication; see the README.
 */
export function publishedEditions(publication: Pick<Publication, 'template' | 'editions'>, environment: NodeJS.ProcessEnv = process.env): Edition[] {
	const { template } = publication;
	const all: Edition[] = [
		{ code: BASE_EDITION_CODE, locales: template.locales.map((locale) => locale.code), isBase: true, name: undefined, template: template.version },
		...publication.editions.map((edition) => ({
			code: edition.manifest.data.code,
			locales: edition.manifest.data.locales,
			isBase: false,
			name: edition.manifest.data.name,
			template: edition.manifest.data.template,
		})),
	];
	const onlyEditions = environment.CET_EDITIONS?.split(',').filter(Boolean);
	const onlyLocales = environment.CET_LOCALES?.split(',').filter(Boolean);
	return all
		.filter((edition) => !onlyEditions || onlyEditions.includes(edition.code))
		.map((edition) => ({ ...edition, locales: onlyLocales ? edition.locales.filter((locale) => onlyLocales.includes(locale)) : edition.locales }))
		.filter((edition) => edition.locales.length > 0);
}
