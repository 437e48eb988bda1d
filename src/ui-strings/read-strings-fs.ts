/**
 * Reads the UI strings (`locales/<lang>/<namespace>.json`, with positions)
 * and the `t()` keys the code under `src/` uses, then checks them with the
 * pure rules of `check-strings.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { parseJsonSource } from '../utils/json-source.ts';
import { checkStringFiles, DEFAULT_NAMESPACE, type StringsFile } from './check-strings.ts';
import { flatten } from './string-keys.ts';
import { keyUses, type KeyUse } from './string-usage.ts';

export function readStrings(root: string, locale: string, diagnostics: Diagnostic[]): StringsFile[] {
	const dir = path.join(root, 'locales', locale);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.json') && !name.startsWith('_'))
		.sort()
		.map((name) => {
			const file = `locales/${locale}/${name}`;
			const source = parseJsonSource(file, readFileSync(path.join(dir, name), 'utf8'));
			diagnostics.push(...source.diagnostics);
			return {
				file,
				namespace: path.basename(name, '.json'),
				strings: flatten(source.value),
				locate: (key: string) => source.locate(key.split('.')),
				unreadable: source.value === undefined,
			};
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

/** Every problem of the project's UI strings: unreadable files, then the rules of `checkStringFiles`. */
export function checkStrings(root: string, sourceLocale: string, locales: readonly string[]): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const read = new Map<string, StringsFile[]>();
	const stringsOf = (locale: string) => read.get(locale) ?? read.set(locale, readStrings(root, locale, diagnostics)).get(locale)!;
	const found = checkStringFiles(stringsOf, collectKeyUses(root), sourceLocale, locales);
	return [...diagnostics, ...found];
}
