/**
 * `npm run lint:content`: remark-lint over every MDX file of the content,
 * with remark-mdx and remark-frontmatter, the recommended preset and the
 * kit's own rules (src/lint/rules/). Prints each finding as
 * file:line:column with what to do, and exits non-zero on any error.
 *
 * Usage: node scripts/lint-content.ts [--root <dir>]
 */
import path from 'node:path';
import { loadContent } from '../src/content/load-publication-fs.ts';
import { formatReport } from '../src/diagnostics/diagnostic.ts';
import { contentMdxFiles, lintContent } from '../src/lint/lint-content-fs.ts';
import { commandLine } from './support/args.ts';

const USAGE = `Usage: npm run lint:content [-- --root <dir>]
  Lints every MDX file of the content (npm run check runs it too).`;
const { values } = commandLine(USAGE, { options: { root: { type: 'string', default: '.' } } });
const root = path.resolve(values.root);
const started = performance.now();
// The publication tells the rules which pages, anchors and practice IDs exist; its own errors are for npm run check.
const { publication } = loadContent(root);
const diagnostics = lintContent(root, publication);
const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
if (diagnostics.length) console.error(formatReport(diagnostics));
else console.log(`lint OK: ${contentMdxFiles(root).length} MDX files in ${Math.round(performance.now() - started)} ms`);
process.exit(errors.length ? 1 : 0);
