/**
 * `npm run l10n:import -- <file.xlf>`: writes a translated kit back into the
 * locale's files and records the source hashes. The whole kit is rejected,
 * with the segments named, if its source has moved since export, if a
 * segment lost a protected element, or if a document is only partly translated.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { publicationOrExit } from './support/publication.ts';
import { planImport } from '../src/translation/xliff/import-kit.ts';
import { XliffError } from '../src/translation/xliff/read-xliff.ts';
import { stampUiNamespaces } from '../src/ui-strings/ui-status-fs.ts';
import { commandLine } from './support/args.ts';

const USAGE = `Usage: npm run l10n:import -- <file.xlf>
  Writes a translated kit back into the locale's files (see docs/translating.md).`;
const { positionals } = commandLine(USAGE, { allowPositionals: true });
const [file] = positionals;
if (!file) {
	console.error('Name the XLIFF file to import, for example: npm run l10n:import -- translation-kits/fr/clean-elections-template-1.0.0-en-fr.xlf');
	process.exit(2);
}
const root = process.cwd();
const publication = publicationOrExit(root);
let plan;
try {
	plan = planImport(root, publication, readFileSync(path.resolve(file), 'utf8'));
} catch (error) {
	if (error instanceof XliffError) {
		console.error(`${file}${error.line ? `:${error.line}` : ''}: ${error.message}`);
		process.exit(1);
	}
	throw error;
}
if (plan.problems.length) {
	console.error(`${file} was not imported; nothing was written.`);
	for (const problem of plan.problems) console.error(`- ${problem}`);
	process.exit(1);
}
for (const write of plan.writes) {
	mkdirSync(path.dirname(path.join(root, write.file)), { recursive: true });
	writeFileSync(path.join(root, write.file), write.text);
	console.log(`${write.file}: written`);
}
stampUiNamespaces(root, publication.template.sourceLocale, plan.locale, plan.namespaces);
console.log(`${plan.writes.length} file(s) imported for ${plan.locale}. Run npm run check, then npm run build.`);
