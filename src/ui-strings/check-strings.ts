/**
 * Checks the UI strings under `locales/<lang>/<namespace>.json` against the
 * source language and against the code: every key the code uses exists, no
 * key goes unused, every translation has the source's keys (with the plural
 * forms its language needs) and the same placeholders.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseYamlSource } from '../utils/yaml-source.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { baseKey, flatten, isPluralKey, placeholders, pluralFormsOf } from './string-keys.ts';
import { isUsed, keyUses, type KeyUse } from './string-usage.ts';

export const DEFAULT_NAMESPACE = 'common';

interface StringsFile {
	file: string;
	namespace: string;
	strings: Map<string, string>;
	locate: (key: string) => { line: number; column: number };
}

function readStrings(root: string, locale: string, diagnostics: Diagnostic[]): StringsFile[] {
	const dir = path.join(root, 'locales', locale);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.json') && !name.startsWith('_'))
		.sort()
		.map((name) => {
			const file = `locales/${locale}/${name}`;
			const source = parseYamlSource(file, readFileSync(path.join(dir, name), 'utf8'));
			diagnostics.push(...source.diagnostics);
			return { file, namespace: path.basename(name, '.json'), strings: flatten(source.value), locate: (key: string) => source.locate(key.split('.')) };
		});
}

function codeFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.(astro|ts)$/.test(name))
		.map((name) => path.join(dir, name))
		.sort();
}

export function collectKeyUses(root: string): KeyUse[] {
	return codeFiles(path.join(root, 'src')).flatMap((file) => keyUses(path.relative(root, file).split(path.sep).join('/'), readFileSync(file, 'utf8'), DEFAULT_NAMESPACE));
}

const list = (values: Iterable<string>) => [...values].sort().join(', ') || 'none';

export function checkStrings(root: string, sourceLocale: string, locales: readonly string[]): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const sources = readStrings(root, sourceLocale, diagnostics);
	const uses = collectKeyUses(root);

	for (const source of sources) {
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
		if (!defined) diagnostics.push(diagnostic('UiKeyUndefined', use.file, { line: use.line, column: 1 }, use.key, `locales/${sourceLocale}/${use.namespace}.json`));
	}

	for (const locale of locales.filter((code) => code !== sourceLocale)) {
		const targets = readStrings(root, locale, diagnostics);
		const forms = pluralFormsOf(locale);
		for (const source of sources) {
			const target = targets.find((candidate) => candidate.namespace === source.namespace);
			if (!target) {
				const file = `locales/${locale}/${source.namespace}.json`;
				diagnostics.push(diagnostic('MissingFile', file, undefined, `The file of ${source.namespace} strings for ${locale}`));
				continue;
			}
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
