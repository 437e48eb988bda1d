/**
 * content/names.yaml: every name is given in a language of the template
 * other than the source (the key is the name in the source language).
 * Errors name file and line.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Names } from '../schemas/names.ts';
import type { TemplateMeta } from '../schemas/template.ts';
import type { YamlDocument } from './types.ts';

export function validateNames(names: YamlDocument<Names> | undefined, template: Pick<TemplateMeta, 'locales' | 'sourceLocale'>): Diagnostic[] {
	if (!names) return [];
	const locales = template.locales.map((locale) => locale.code).filter((code) => code !== template.sourceLocale);
	return Object.entries(names.data.names).flatMap(([name, localized]) =>
		Object.keys(localized)
			.filter((locale) => !locales.includes(locale))
			.map((locale) => diagnostic('NameUnknownLocale', names.file, names.source.locate(['names', name, locale]), name, locale, locales.join(', ') || 'none')),
	);
}
