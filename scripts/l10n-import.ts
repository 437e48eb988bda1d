/**
 * `npm run l10n:import -- <file.xlf> [--translator "Name, Organisation"]`:
 * writes a translated kit back into the locale's files, in place: only the
 * segments whose target changed, and the record of which are still outdated.
 * An unchanged kit writes nothing. The whole kit is refused, with the kit's
 * line and what to do, when it is for another locale, product or version,
 * names a document or segment the template lacks, when its source has moved
 * since export, when a segment lost a protected element, or when a document
 * would be left partly untranslated.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { publicationOrExit } from './support/publication.ts';
import { planImport } from '../src/translation/xliff/import-kit.ts';
import { XliffError } from '../src/translation/xliff/read-xliff.ts';
import { stampUiNamespaces } from '../src/ui-strings/ui-status-fs.ts';
import { commandLine } from './support/args.ts';

const USAGE = `Usage: npm run l10n:import -- <file.xlf> [--translator "Name, Organisation"]
  Writes a translated kit back into the locale's files (see docs/translating.md).
  --translator  credit this person (and organisation) on every chapter the kit changes`;
const { positionals, values } = commandLine(USAGE, { allowPositionals: true, options: { translator: { type: 'string' } } });
const [file] = positionals;
if (!file) {
	console.error('Name the XLIFF file to import, for example: npm run l10n:import -- translation-kits/fr/clean-elections-template-1.0.0-en-fr.xlf');
	process.exit(2);
}
const [name, ...organisation] = (values.translator ?? '').split(',').map((part) => part.trim());
if (values.translator !== undefined && !name) {
	console.error('Give the translator as --translator "Name, Organisation" (the organisation may be left out).');
	process.exit(2);
}
const translator = name ? { name, ...(organisation.join(', ') ? { organisation: organisation.join(', ') } : {}) } : undefined;
const root = process.cwd();
const publication = publicationOrExit(root);
if (!existsSync(path.resolve(file))) {
	console.error(`${file}: there is no such file.`);
	process.exit(2);
}
let plan;
try {
	plan = planImport(root, publication, readFileSync(path.resolve(file), 'utf8'), { translator });
} catch (error) {
	if (error instanceof XliffError) {
		console.error(`${file}${error.line ? `:${error.line}` : ''}: ${error.message}`);
		console.error('Nothing was written.');
		process.exit(1);
	}
	throw error;
}
if (plan.problems.length) {
	for (const problem of plan.problems) console.error(`${file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`);
	console.error(`${file} was not imported; nothing was written.`);
	process.exit(1);
}
for (const write of plan.writes) {
	mkdirSync(path.dirname(path.join(root, write.file)), { recursive: true });
	writeFileSync(path.join(root, write.file), write.text);
	const still = write.outdated ? `, ${write.outdated} still to review` : '';
	console.log(`${write.file}: ${write.changed} segment(s) changed, ${write.reviewed} marked reviewed${still}`);
}
stampUiNamespaces(root, publication.template.sourceLocale, plan.locale, plan.namespaces);
console.log(
	plan.writes.length
		? `${plan.writes.length} file(s) written for ${plan.locale}. Run npm run check, then npm run build.`
		: `Nothing to write for ${plan.locale}: no segment changed and none was marked reviewed.`,
);
