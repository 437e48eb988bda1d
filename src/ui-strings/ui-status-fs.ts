/**
 * Which source version each locale's UI strings were translated from.
 * `locales/<lang>/_source.json` maps each namespace to the hash of the source
 * namespace at translation time; `l10n:stamp` and `l10n:import` write it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { namespaceHash } from '../content/content-hash.ts';
import { normalizeText } from '../utils/yaml-source.ts';

export const UI_SOURCE_FILE = '_source.json';

export interface UiNamespace {
	namespace: string;
	/** Project-relative path of the locale's file for this namespace. */
	file: string;
	/** Hash of the source namespace now. */
	sourceHash: string;
	/** Hash recorded by the translation, if any. */
	recordedHash: string | undefined;
	exists: boolean;
}

function readJson(file: string): Record<string, unknown> {
	return JSON.parse(normalizeText(readFileSync(file, 'utf8'))) as Record<string, unknown>;
}

export function sourceNamespaces(root: string, sourceLocale: string): string[] {
	return readdirSync(path.join(root, 'locales', sourceLocale))
		.filter((name) => name.endsWith('.json') && !name.startsWith('_'))
		.map((name) => path.basename(name, '.json'))
		.sort();
}

export function uiNamespaces(root: string, sourceLocale: string, locale: string): UiNamespace[] {
	const recordFile = path.join(root, 'locales', locale, UI_SOURCE_FILE);
	const recorded = existsSync(recordFile) ? (readJson(recordFile) as Record<string, string>) : {};
	return sourceNamespaces(root, sourceLocale).map((namespace) => {
		const file = `locales/${locale}/${namespace}.json`;
		return {
			namespace,
			file,
			sourceHash: namespaceHash(readJson(path.join(root, 'locales', sourceLocale, `${namespace}.json`))),
			recordedHash: recorded[namespace],
			exists: existsSync(path.join(root, file)),
		};
	});
}

/** Record that a locale's UI strings match the current source, for the given namespaces (all by default). */
export function stampUiNamespaces(root: string, sourceLocale: string, locale: string, only?: readonly string[]): string[] {
	const recordFile = path.join(root, 'locales', locale, UI_SOURCE_FILE);
	const recorded = existsSync(recordFile) ? (readJson(recordFile) as Record<string, string>) : {};
	const stamped: string[] = [];
	for (const namespace of uiNamespaces(root, sourceLocale, locale)) {
		if (!namespace.exists || (only && !only.includes(namespace.namespace)) || recorded[namespace.namespace] === namespace.sourceHash) continue;
		recorded[namespace.namespace] = namespace.sourceHash;
		stamped.push(namespace.namespace);
	}
	if (stamped.length) {
		const sorted = Object.fromEntries(Object.entries(recorded).sort(([a], [b]) => a.localeCompare(b)));
		writeFileSync(recordFile, `${JSON.stringify(sorted, null, 2)}\n`);
	}
	return stamped;
}
