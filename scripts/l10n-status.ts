/**
 * `npm run l10n:status`: every chapter, page, glossary and UI namespace of
 * every translation, as current, outdated or missing, with counts.
 *
 * Usage: node scripts/l10n-status.ts [--json] [--fail-on outdated|missing] [--locale xx]
 *   --fail-on missing   exit 1 if anything is missing
 *   --fail-on outdated  exit 1 if anything is missing or outdated
 */
import { publicationOrExit } from './support/publication.ts';
import { localeStatus } from '../src/translation/status.ts';
import { uiNamespaces } from '../src/ui-strings/ui-status-fs.ts';
import { commandLine } from './support/args.ts';

const USAGE = `Usage: npm run l10n:status [-- --json] [--fail-on outdated|missing] [--locale <code>]
  Lists every translation as current, outdated or missing.
  --fail-on missing   exit 1 if anything is missing
  --fail-on outdated  exit 1 if anything is missing or outdated`;
const { values } = commandLine(USAGE, { options: { json: { type: 'boolean', default: false }, 'fail-on': { type: 'string' }, locale: { type: 'string' } } });
const failOn = values['fail-on'];
if (failOn !== undefined && failOn !== 'outdated' && failOn !== 'missing') {
	console.error('--fail-on takes outdated or missing.');
	process.exit(2);
}
const root = process.cwd();
const publication = publicationOrExit(root, 2);
const { sourceLocale } = publication.template;
const locales = publication.template.locales.map((locale) => locale.code).filter((code) => code !== sourceLocale && (!values.locale || code === values.locale));
const report = locales.map((locale) => localeStatus(publication, locale, uiNamespaces(root, sourceLocale, locale)));

if (values.json) {
	console.log(JSON.stringify({ sourceLocale, templateVersion: publication.template.version, locales: report }, null, 2));
} else {
	const mark = { current: 'up-to-date', outdated: 'OUTDATED', missing: 'MISSING' } as const;
	for (const locale of report) {
		const { current, outdated, missing, total } = locale.counts;
		console.log(`\n${locale.locale}: ${current}/${total} up-to-date (${locale.percentCurrent}%), ${outdated} outdated, ${missing} missing`);
		for (const document of locale.documents) console.log(`  ${mark[document.state].padEnd(10)} ${document.kind.padEnd(8)} ${document.file}`);
	}
}

const failing = report.flatMap((locale) => locale.documents).filter((document) => document.state === 'missing' || (failOn === 'outdated' && document.state === 'outdated'));
if (failOn && failing.length) {
	if (!values.json) console.error(`\n${failing.length} translation(s) ${failOn === 'outdated' ? 'missing or outdated' : 'missing'}.`);
	process.exit(1);
}
