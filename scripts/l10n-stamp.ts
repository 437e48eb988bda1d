/**
 * `npm run l10n:stamp -- <locale> [<file>…]`: record that the translations of
 * a locale match the current source, by writing the source hash into each
 * one's `source:` field. Run it after you have brought a translation up to
 * date; `l10n:import` does it for you. Without file arguments it stamps
 * every translation of the locale, UI strings included.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { publicationOrExit } from './support/publication.ts';
import { sourceDocuments, translationFile } from '../src/content/source-hashes.ts';
import { stampFile } from '../src/translation/stamp-fs.ts';
import { stampUiNamespaces } from '../src/ui-strings/ui-status-fs.ts';
import { commandLine } from './support/args.ts';

const USAGE = `Usage: npm run l10n:stamp -- <locale> [<file>…]
  Records that the translations of a locale (or only the files named) match the current source.`;
const { positionals } = commandLine(USAGE, { allowPositionals: true });
const [locale, ...only] = positionals;
if (!locale) {
	console.error('Name the locale to stamp, for example: npm run l10n:stamp -- fr');
	process.exit(2);
}
const root = process.cwd();
const publication = publicationOrExit(root);
const wanted = new Set(only.map((file) => path.relative(root, path.resolve(file)).split(path.sep).join('/')));
let stamped = 0;
for (const document of sourceDocuments(publication)) {
	const file = translationFile(document.key, locale);
	if (!existsSync(path.join(root, file)) || (wanted.size && !wanted.has(file))) continue;
	if (stampFile(path.join(root, file), document.hash)) {
		console.log(`${file}: source ${document.hash}`);
		stamped += 1;
	}
}
// UI namespaces are stamped with the content unless specific files were named.
const namespaces = wanted.size ? [...wanted].filter((file) => file.startsWith(`locales/${locale}/`)).map((file) => path.basename(file, '.json')) : undefined;
if (!wanted.size || namespaces?.length) {
	for (const namespace of stampUiNamespaces(root, publication.template.sourceLocale, locale, namespaces)) {
		console.log(`locales/${locale}/${namespace}.json: stamped`);
		stamped += 1;
	}
}
console.log(`${stamped} file(s) stamped for ${locale}.`);
