/**
 * `npm run fork -- <code> --name "<name>" --locales en,fr [--country XX]`:
 * scaffolds a country edition in content/editions/<code>/ that builds at
 * once: a manifest pinned to the current template version, and an empty
 * adaptations file with a commented example of every kind of adaptation.
 * The walkthrough is docs/editions.md.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { editionManifestSchema } from '../src/schemas/edition.ts';
import { BASE_EDITION_CODE } from '../src/schemas/edition.ts';
import { publicationOrExit } from './support/publication.ts';
import { commandLine } from './support/args.ts';

const USAGE = `Usage: npm run fork -- <code> --name "<name>" --locales en,fr [--country XX]
  Scaffolds a country edition in content/editions/<code>/ (see docs/editions.md).`;
const { values, positionals } = commandLine(USAGE, { allowPositionals: true, options: { name: { type: 'string' }, locales: { type: 'string' }, country: { type: 'string' } } });
const [code] = positionals;
const fail = (message: string): never => {
	console.error(message);
	process.exit(2);
};
const root = process.cwd();
const publication = publicationOrExit(root);
if (!code || !values.name) fail('Usage: npm run fork -- <code> --name "<name>" --locales en,fr [--country XX]');
const locales = (values.locales ?? publication.template.sourceLocale)
	.split(',')
	.map((locale) => locale.trim())
	.filter(Boolean);
const known = publication.template.locales.map((locale) => locale.code);
const unknown = locales.filter((locale) => !known.includes(locale));
if (unknown.length) fail(`The template has no locale ${unknown.join(', ')}; it has ${known.join(', ')}. Add a language first with npm run l10n:add.`);
const country = values.country ?? (code!.length === 2 ? code!.toUpperCase() : 'ZZ');
const parsed = editionManifestSchema.safeParse({
	code,
	country,
	name: Object.fromEntries(locales.map((locale) => [locale, values.name])),
	locales,
	template: publication.template.version,
	publisher: { name: Object.fromEntries(locales.map((locale) => [locale, values.name])) },
});
if (!parsed.success) fail(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'edition'}: ${issue.message}`).join('\n'));
const taken = [BASE_EDITION_CODE, ...publication.editions.map((edition) => edition.manifest.data.code)];
if (taken.includes(code!) || existsSync(path.join(root, 'content', 'editions', code!))) fail(`The edition code ${code} is already taken.`);

const perLocale = (indent: string, text: string) => locales.map((locale) => `${indent}${locale}: ${JSON.stringify(text)}`).join('\n');
/** One commented line per locale, its key \`spaces\` after the \`#\`, so that uncommenting the block keeps the YAML indentation. */
const commented = (spaces: number, text: string) => locales.map((locale) => `#${' '.repeat(spaces)}${locale}: ${text}`).join('\n');
/** A term's neutral value in every form of each locale, commented, as the example to replace. */
const termExample = (id: string) =>
	locales
		.map((locale) => {
			const forms = publication.terms?.data.terms[id]?.default[locale] ?? {};
			return `#     ${locale}: { ${Object.entries(forms)
				.map(([form, value]) => `${form}: ${JSON.stringify(value)}`)
				.join(', ')} }`;
		})
		.join('\n');
const dir = path.join(root, 'content', 'editions', code!);
mkdirSync(dir, { recursive: true });
writeFileSync(
	path.join(dir, 'edition.yaml'),
	`# The ${values.name} edition of the Clean Elections Template.
# An edition is an overlay on a pinned template version, never a copy.
# Walkthrough: docs/editions.md. Check your work with npm run check.
code: ${code}
country: ${country}
name:
${perLocale('  ', values.name!)}
locales: [${locales.join(', ')}]
template: ${publication.template.version}
publisher:
  name:
${perLocale('    ', values.name!)}
  # url: https://www.example.org/
  # email: elections@example.org

# Your values for the template's terms (content/terms.yaml), per locale and
# grammatical form (forms: there says what each form is for). Uncomment and
# put your own names in place of the neutral ones shown. A term you leave out
# keeps the neutral wording; a term you give needs every form of each locale.
terms: {}
#   emb:
${termExample('emb')}

# Credits you treat as regional priorities: each earns bonus points.
regionalPriorities: []
#   - practice: DAT-6
#     bonus: 1
#     reason:
${commented(7, 'why this credit matters most here')}
`,
);
writeFileSync(
	path.join(dir, 'adaptations.yaml'),
	`# Every difference between the ${values.name} edition and the base template.
# Each adaptation records the base text it was written against (base:); write
# the adaptation without one, then run npm run editions:accept -- ${code} to record it
# (npm run check warns until you do; a strict build fails).
# npm run editions:status tells you when the base text moves under you.

practices: []
# Change, annotate or set aside a base practice (never delete one):
#   - practice: INC-1
#     note:                      # a local note, e.g. the law that implements it
${commented(7, '…')}
#     statement:                 # new wording of the requirement
${commented(7, '…')}
#     guidance:                  # extra implementation guidance for this country
${commented(7, '…')}
#     tier: gold                 # a different tier
#     points: 2                  # different points (credits only)
#   - practice: TEC-3
#     notApplicable:             # stays listed, with its reason
#       reason:
${commented(9, 'why it does not apply here')}

added: []
# Practices of your own. IDs are ${code!.toUpperCase()}-<CHAPTER CODE>-<n>, so they never collide with base IDs:
#   - id: ${code!.toUpperCase()}-DAT-1
#     chapter: voter-data-and-party-privacy
#     tier: gold
#     kind: credit
#     points: 2
#     observable: false
#     text:
#       ${locales[0]}:
#         title: …
#         statement: …
#         rationale: …
#         implementation: [ … ]
#         evidence: [ … ]

sections: []
# Replace a section of a chapter's prose by its anchor, insert one after it, or append one:
#   - chapter: critical-incident-protocol
#     mode: replace              # or: after (with newAnchor), append (with newAnchor)
#     anchor: adapting
#     title:
${commented(7, '…')}
#     body:                      # Markdown, no HTML
${commented(7, '…')}

sources: {}
# Sources you add, per chapter slug:
#   voter-data-and-party-privacy:
#     - title: …
#       publisher: …
#       year: 2024

contributors: []
`,
);
console.log(`content/editions/${code}/edition.yaml and adaptations.yaml created, pinned to template ${publication.template.version}, locales ${locales.join(', ')}.`);
console.log(`Next: npm run check, then npm run build -- --edition ${code}, and read docs/editions.md.`);
