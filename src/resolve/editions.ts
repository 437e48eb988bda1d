import type { Publication } from '../content/types.ts';
import type { BuildSelection } from '../schemas/build-options.ts';
import { BASE_EDITION_CODE } from '../schemas/edition.ts';

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

/** Every edition of the publication, the base first. Links between pages use this full list. */
export function publishedEditions(publication: Pick<Publication, 'template' | 'editions'>): Edition[] {
	const { template } = publication;
	return [
		{ code: BASE_EDITION_CODE, locales: template.locales.map((locale) => locale.code), isBase: true, name: undefined, template: template.version },
		...publication.editions.map((edition) => ({
			code: edition.manifest.data.code,
			locales: edition.manifest.data.locales,
			isBase: false,
			name: edition.manifest.data.name,
			template: edition.manifest.data.template,
		})),
	];
}

/**
 * The editions and locales a build renders: all of them, or the part named
 * by the build options (`npm run build -- --edition … --locale …`); parts
 * built separately are merged with `npm run merge`.
 */
export function builtEditions(publication: Pick<Publication, 'template' | 'editions'>, only: BuildSelection = {}): Edition[] {
	return publishedEditions(publication)
		.filter((edition) => !only.editions || only.editions.includes(edition.code))
		.map((edition) => ({ ...edition, locales: only.locales ? edition.locales.filter((locale) => only.locales!.includes(locale)) : edition.locales }))
		.filter((edition) => edition.locales.length > 0);
}

/** An edition's name in a locale: its own name there, or the UI's name for the base edition. */
export function editionName(edition: Edition, locale: string, t: (key: string) => string): string {
	return edition.name?.[locale] ?? t(`edition.${edition.code}`);
}

/** The name of the edition with this code in a locale. */
export function editionNameOf(publication: Pick<Publication, 'template' | 'editions'>, code: string, locale: string, t: (key: string) => string): string {
	const edition = publishedEditions(publication).find((candidate) => candidate.code === code);
	return edition ? editionName(edition, locale, t) : t(`edition.${code}`);
}
