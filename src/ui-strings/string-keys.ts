/**
 * Flattening of i18next JSON resources, and the plural rules that say which
 * keys a locale must have. Pure.
 */

/** i18next JSON v4 plural suffixes, the CLDR categories. */
export const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL_SUFFIX = new RegExp(`_(${pluralCategories.join('|')})$`);

/** Leaf strings of a resource, keyed by dotted path: `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`. */
export function flatten(resource: unknown, prefix = ''): Map<string, string> {
	const leaves = new Map<string, string>();
	if (resource && typeof resource === 'object') {
		for (const [key, value] of Object.entries(resource as Record<string, unknown>)) {
			const path = prefix ? `${prefix}.${key}` : key;
			if (typeof value === 'string') leaves.set(path, value);
			else for (const [inner, text] of flatten(value, path)) leaves.set(inner, text);
		}
	}
	return leaves;
}

/** `points_one` → `points`; `nav.home` → `nav.home`. */
export function baseKey(key: string): string {
	return key.replace(PLURAL_SUFFIX, '');
}

export function isPluralKey(key: string): boolean {
	return PLURAL_SUFFIX.test(key);
}

/** The plural forms a locale distinguishes, from the CLDR data in Intl. Arabic has all six. */
export function pluralFormsOf(locale: string): string[] {
	const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
	return pluralCategories.filter((category) => forms.includes(category));
}

/** The `{{placeholders}}` of a string. */
export function placeholders(text: string): Set<string> {
	return new Set([...text.matchAll(/\{\{\s*([\w.]+)(?:\s*,[^}]*)?\s*\}\}/g)].map((match) => match[1]!));
}
