import type { TemplateMeta } from '../schemas/template.ts';

/**
 * An edition as the site publishes it. The base template is the default
 * edition; country editions (overlays on a pinned template version) join this list.
 */
export interface Edition {
	/** URL segment. @example base */
	code: string;
	/** Locales this edition publishes, source first. */
	locales: string[];
	isBase: boolean;
}

export const BASE_EDITION_CODE = 'base';

export function publishedEditions(template: TemplateMeta): Edition[] {
	return [{ code: BASE_EDITION_CODE, locales: template.locales.map((locale) => locale.code), isBase: true }];
}
