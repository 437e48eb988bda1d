/**
 * Every `locales/<lang>/<namespace>.json`, keyed by language then namespace.
 * Files starting with `_` hold translation metadata, not strings.
 * Bundled by Vite.
 */
const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { eager: true, import: 'default' });

export const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [file, content] of Object.entries(files)) {
	const match = /locales\/([^/]+)\/([^/_][^/]*)\.json$/.exec(file);
	if (!match) continue;
	const [, locale, namespace] = match as unknown as [string, string, string];
	(resources[locale] ??= {})[namespace] = content;
}
