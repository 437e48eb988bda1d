/** The UI strings for code that runs outside Vite (build steps, scripts): read from disk. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Resource, TFunction } from 'i18next';
import { normalizeText } from '../utils/yaml-source.ts';
import { createTranslator } from './create-translator.ts';

export function translator(root: string, locale: string): TFunction {
	const dir = path.join(root, 'locales', locale);
	const namespaces = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json') && !name.startsWith('_')) : [];
	const resources: Resource = {
		[locale]: Object.fromEntries(namespaces.map((name) => [path.basename(name, '.json'), JSON.parse(normalizeText(readFileSync(path.join(dir, name), 'utf8')))])),
	};
	return createTranslator(resources, locale);
}
