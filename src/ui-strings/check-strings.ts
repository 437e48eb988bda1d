/**
 * Checks the UI strings (read by `read-strings-fs.ts`) under `locales/<lang>/<namespace>.json` against the
 * source language and against the code: every key the code uses exists, no
 * key goes unused, every translation has the source's keys (with the plural
 * forms its language needs) and the same placeholders.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { baseKey, isPluralKey, placeholders, pluralFormsOf } from './string-keys.ts';
import { isUsed, type KeyUse } from './string-usage.ts';

export const DEFAULT_NAMESPACE = 'common';

export interface StringsFile {
	file: string;
	namespace: string;
	strings: Map<string, string>;
	locate: (key: string) => { line: number; column: number };
	/** The file could not be read (its syntax error is reported): nothing is compared with it, which would only report every key as missing. */
	unreadable?: boolean;
}

const list = (values: Iterable<string>) => [...values].sort().join(', ') || 'none';

/**
 * @param stringsOf the strings files of a locale, as read (`read-strings-fs.ts`); undefined when its folder is missing
 * @param uses every `t()` key the code uses
 */
export function checkStringFiles(stringsOf: (locale: string) => StringsFile[], uses: readonly KeyUse[], sourceLocale: string, locales: readonly string[]): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const sources = stringsOf(sourceLocale);

	for (const source of sources.filter((candidate) => !candidate.unreadable)) {
		const bases = new Set([...source.strings.keys()].map(baseKey));
		for (const base of bases) {
			if (!isUsed(source.namespace, base, uses)) {
				const first = [...source.strings.keys()].find((key) => baseKey(key) === base)!;
				diagnostics.push(diagnostic('UiKeyUnused', source.file, source.locate(first), base));
			}
		}
	}
	for (const use of uses.filter((candidate) => !candidate.dynamic)) {
		const source = sources.find((candidate) => candidate.namespace === use.namespace);
		const defined = source && [...source.strings.keys()].some((key) => baseKey(key) === use.key);
		if (!defined && !source?.unreadable)
			diagnostics.push(diagnostic('UiKeyUndefined', use.file, { line: use.line, column: 1 }, use.key, `locales/${sourceLocale}/${use.namespace}.json`));
	}

	for (const locale of locales.filter((code) => code !== sourceLocale)) {
		const targets = stringsOf(locale);
		const forms = pluralFormsOf(locale);
		for (const source of sources.filter((candidate) => !candidate.unreadable)) {
			const target = targets.find((candidate) => candidate.namespace === source.namespace);
			if (!target) {
				const file = `locales/${locale}/${source.namespace}.json`;
				diagnostics.push(diagnostic('MissingFile', file, undefined, `The file of ${source.namespace} strings for ${locale}`));
				continue;
			}
			if (target.unreadable) continue;
			const sourceBases = new Map<string, string[]>();
			for (const key of source.strings.keys()) sourceBases.set(baseKey(key), [...(sourceBases.get(baseKey(key)) ?? []), key]);

			for (const [base, keys] of sourceBases) {
				const plural = keys.some(isPluralKey);
				const expectedPlaceholders = new Set(keys.flatMap((key) => [...placeholders(source.strings.get(key)!)]));
				const targetKeys = [...target.strings.keys()].filter((key) => baseKey(key) === base);
				if (!targetKeys.length) {
					diagnostics.push(diagnostic('UiKeyMissing', target.file, target.locate(base.split('.').slice(0, -1).join('.')), base, source.file));
					continue;
				}
				if (plural) {
					const found = targetKeys.filter(isPluralKey).map((key) => key.slice(base.length + 1));
					if (list(found) !== list(forms)) {
						diagnostics.push(diagnostic('UiPluralForms', target.file, target.locate(targetKeys[0]!), base, locale, list(forms), list(found)));
					}
				}
				for (const key of targetKeys) {
					const found = placeholders(target.strings.get(key)!);
					const required = [...expectedPlaceholders].filter((name) => !(plural && name === 'count'));
					const mismatch = plural
						? required.some((name) => !found.has(name)) || [...found].some((name) => !expectedPlaceholders.has(name))
						: list(found) !== list(expectedPlaceholders);
					if (mismatch) diagnostics.push(diagnostic('UiPlaceholderMismatch', target.file, target.locate(key), key, list(found), list(expectedPlaceholders)));
				}
			}
			for (const key of target.strings.keys()) {
				if (!sourceBases.has(baseKey(key))) diagnostics.push(diagnostic('UiKeyUnknown', target.file, target.locate(key), key, source.file));
			}
		}
	}
	return diagnostics;
}
