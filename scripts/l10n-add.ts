/**
 * `npm run l10n:add -- <lang> [--dir rtl] [--name "Native name"]`: adds a
 * locale. It lists the language in content/template.yaml and creates its UI
 * string files from the source strings (with the plural forms the language
 * needs), ready for a translator. Until they are translated, l10n:status
 * reports them as missing, and every page falls back to the source language
 * with a notice.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { baseKey, flatten, isPluralKey, pluralFormsOf } from '../src/ui-strings/string-keys.ts';
import { sourceNamespaces } from '../src/ui-strings/ui-status-fs.ts';
import { localeSchema } from '../src/schemas/template.ts';
import { commandLine } from './support/args.ts';

const USAGE = `Usage: npm run l10n:add -- <lang> [--dir rtl] [--name "Native name"]
  Adds a locale to content/template.yaml with its UI string files.`;
const { values, positionals } = commandLine(USAGE, { allowPositionals: true, options: { dir: { type: 'string', default: 'ltr' }, name: { type: 'string' } } });
const [code] = positionals;
const root = process.cwd();
const templateFile = path.join(root, 'content', 'template.yaml');
const fail = (message: string): never => {
	console.error(message);
	process.exit(2);
};

if (!code) fail('Name the language to add, for example: npm run l10n:add -- pt --name "Português"');
const name = values.name ?? new Intl.DisplayNames([code!], { type: 'language' }).of(code!) ?? code!;
const parsed = localeSchema.safeParse({ code, name, dir: values.dir });
if (!parsed.success) fail(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
const locale = parsed.data!;

const text = readFileSync(templateFile, 'utf8');
const document = parseDocument(text);
const locales = document.get('locales', true);
if (!isSeq(locales) || !locales.range) throw new Error('content/template.yaml has no list of locales.');
const seq = locales;
const end = locales.range[1];
if (seq.items.some((item) => isMap(item) && item.get('code') === locale.code)) fail(`${locale.code} is already a locale of the template.`);
const sourceLocale = String(document.get('sourceLocale'));

// Append to the list as text, so that the file's comments and layout stay as they are.
const first = seq.items[0];
const firstStart = isMap(first) && first.items[0] && isScalar(first.items[0].key) ? (first.items[0].key.range?.[0] ?? 0) : 0;
const indent = ' '.repeat(firstStart - text.lastIndexOf('\n', firstStart) - 1 - 2);
const entry = `${indent}- code: ${locale.code}\n${indent}  name: ${JSON.stringify(locale.name)}\n${indent}  dir: ${locale.dir}\n`;
const insertAt = text.lastIndexOf('\n', end - 1) + 1;
writeFileSync(templateFile, text.slice(0, insertAt) + entry + text.slice(insertAt));
console.log(`content/template.yaml: added ${locale.code} (${locale.name}, ${locale.dir})`);

// UI strings: the source strings as a starting point, with this language's plural forms.
const forms = pluralFormsOf(locale.code);
mkdirSync(path.join(root, 'locales', locale.code), { recursive: true });
for (const namespace of sourceNamespaces(root, sourceLocale)) {
	const target = path.join(root, 'locales', locale.code, `${namespace}.json`);
	if (existsSync(target)) continue;
	const strings = flatten(JSON.parse(readFileSync(path.join(root, 'locales', sourceLocale, `${namespace}.json`), 'utf8')));
	const out: Record<string, unknown> = {};
	const put = (key: string, value: string) => {
		const parts = key.split('.');
		let node = out;
		for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
		node[parts.at(-1)!] = value;
	};
	for (const [key, value] of strings) {
		if (!isPluralKey(key)) put(key, value);
		else if (key.endsWith('_other')) for (const form of forms) put(`${baseKey(key)}_${form}`, strings.get(`${baseKey(key)}_${form}`) ?? value);
	}
	writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`);
	console.log(`locales/${locale.code}/${namespace}.json: created from ${sourceLocale}, plural forms ${forms.join(', ')}`);
}
console.log(`\nNext: translate locales/${locale.code}/*.json, then npm run l10n:export -- --locale ${locale.code} for the content (see docs/translating.md).`);
