/**
 * `npm run check`: validate all content, config and UI strings without building the site,
 * and lint the MDX content (the rules of npm run lint:content).
 * Prints every problem as file:line:column and exits non-zero on any error.
 *
 * Usage: node scripts/check.ts [--root <dir>]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/content/load-publication-fs.ts';
import { formatReport, type Diagnostic } from '../src/diagnostics/diagnostic.ts';
import { checkStrings } from '../src/ui-strings/read-strings-fs.ts';
import { lintContent } from '../src/lint/lint-content-fs.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const root = path.resolve(values.root);
const started = performance.now();
const { publication, diagnostics } = loadContent(root);
if (publication)
	diagnostics.push(
		...checkStrings(
			root,
			publication.template.sourceLocale,
			publication.template.locales.map((locale) => locale.code),
		),
	);
// The build gate inside loadContent has run the security rules on Astro's own parse; the lint adds the content rules.
// One message per place: where loadContent already reported (a malformed practice ID, a file it could not parse), the lint stays quiet.
const key = (diagnostic: Diagnostic) => `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
const seen = new Set(diagnostics.map(key));
const unparsable = new Set(diagnostics.filter((diagnostic) => diagnostic.code === 'MdxSyntax').map((diagnostic) => diagnostic.file));
diagnostics.push(...lintContent(root, publication, { security: false }).filter((diagnostic) => !seen.has(key(diagnostic)) && !unparsable.has(diagnostic.file)));
const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');

if (diagnostics.length) console.error(formatReport(diagnostics));
if (publication && !errors.length) {
	const practices = publication.chapters.flatMap((chapter) => chapter.data.practices);
	console.log(
		`content OK: ${publication.chapters.length} chapter files, ${practices.length} practices, ${publication.template.locales.length} locale(s) in ${Math.round(performance.now() - started)} ms`,
	);
}
process.exit(errors.length ? 1 : 0);
