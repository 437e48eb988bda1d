/**
 * `npm run l10n:export -- --locale fr [--out <dir>]`: writes a translation kit
 * for a translator's own tools:
 * - `<name>.xlf`: XLIFF 1.2, every translatable segment of the chapters,
 *   pages, glossary and UI strings, with context notes and stable IDs; existing
 *   translations are filled in as targets; markup and code are protected tags;
 * - `glossary-<source>-<locale>.tsv`: the glossary as a term list;
 * - `manifest.json`: the source hash of every document in the kit.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { publicationOrExit } from './support/publication.ts';
import { kitDocuments } from '../src/translation/xliff/documents-fs.ts';
import { kitUnits, writeXliff } from '../src/translation/xliff/write-xliff.ts';
import { commandLine } from './support/args.ts';

const USAGE = `Usage: npm run l10n:export -- --locale <code> [--only todo] [--out <dir>]
  Writes a translation kit (XLIFF, glossary, manifest) for one locale (see docs/translating.md).
  --only todo  only the work to do: the missing and the outdated segments`;
const { values } = commandLine(USAGE, { options: { locale: { type: 'string' }, out: { type: 'string' }, only: { type: 'string' } } });
if (values.only !== undefined && values.only !== 'todo') {
	console.error(`--only takes one value, todo (the missing and outdated segments); "${values.only}" is not one.`);
	process.exit(2);
}
const only = values.only === 'todo' ? ('todo' as const) : undefined;
const root = process.cwd();
const publication = publicationOrExit(root);
const { sourceLocale, version } = publication.template;
const locale = values.locale;
const known = publication.template.locales.map((candidate) => candidate.code).filter((code) => code !== sourceLocale);
if (!locale || !known.includes(locale)) {
	console.error(`Name the locale to export with --locale, one of: ${known.join(', ')}.`);
	process.exit(2);
}
const out = path.resolve(values.out ?? path.join('translation-kits', locale));
mkdirSync(out, { recursive: true });

const documents = kitDocuments(root, publication, locale);
const name = `clean-elections-template-${version}-${sourceLocale}-${locale}${only ? '-todo' : ''}`;
writeFileSync(path.join(out, `${name}.xlf`), writeXliff(documents, { sourceLocale, targetLocale: locale, templateVersion: version, only }));

const target = publication.translations.glossaries.find((glossary) => glossary.locale === locale);
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
const rows = (publication.glossary?.data.terms ?? []).map((term) => {
	const translated = target?.data.terms.find((candidate) => candidate.id === term.id);
	return [clean(term.term), clean(translated?.term ?? ''), clean(term.definition)].join('\t');
});
writeFileSync(path.join(out, `glossary-${sourceLocale}-${locale}.tsv`), `${[`${sourceLocale}\t${locale}\tdefinition (${sourceLocale})`, ...rows].join('\n')}\n`);

const segments = documents.reduce((sum, document) => sum + kitUnits(document, only).length, 0);
const filled = documents.reduce((sum, document) => sum + kitUnits(document, only).filter((segment) => document.existing.has(segment.id)).length, 0);
const review = documents.reduce((sum, document) => sum + document.outdated.size, 0);
writeFileSync(
	path.join(out, 'manifest.json'),
	`${JSON.stringify(
		{
			templateVersion: version,
			sourceLocale,
			targetLocale: locale,
			xliffVersion: '1.2',
			xliff: `${name}.xlf`,
			documents: documents.map((document) => ({
				source: document.sourceFile,
				target: document.targetFile,
				sourceHash: document.hash,
				segments: kitUnits(document, only).length,
				translated: document.existing.size,
				outdated: document.outdated.size,
			})),
		},
		null,
		2,
	)}\n`,
);
const shown = documents.filter((document) => kitUnits(document, only).length).length;
console.log(`${path.relative(root, out)}/${name}.xlf: ${shown} documents, ${segments} segments, ${filled} already translated, ${review} to review.`);
