/**
 * `npm run verify:site -- <dir>`: checks a built or merged site before it is
 * hosted (src/build/verify-site.ts): its links and sources, downloads/SHA256SUMS
 * and manifest.json. Prints each problem as `<file>: <what is wrong>` and exits
 * 1 if there is any; never a stack trace.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { verifySite } from '../src/build/verify-site.ts';
import { commandLine } from './support/args.ts';

const USAGE = `Usage: npm run verify:site -- <dir>
  Checks a built or merged site (for example dist/) before it is hosted: every relative link and source
  resolves to a file (and its #fragment to an id), downloads/SHA256SUMS matches the files, and manifest.json
  lists files that exist with their sizes and SHA-256.`;
const { positionals } = commandLine(USAGE, { allowPositionals: true, options: {} });
if (positionals.length !== 1) {
	console.error(`Name the one folder to check, for example: npm run verify:site -- dist\n\n${USAGE}`);
	process.exit(2);
}
const root = path.resolve(positionals[0]!);
const shown = path.relative(process.cwd(), root) || '.';
if (!existsSync(root) || !statSync(root).isDirectory()) {
	console.error(`${shown} is not a folder: build the site (npm run build), or merge its parts (npm run merge), first.`);
	process.exit(1);
}
try {
	const report = verifySite(root);
	for (const problem of report.problems) console.error(`${shown}/${problem.file}: ${problem.message}`);
	if (report.problems.length) {
		console.error(
			`${report.problems.length} problem(s) in ${shown}/: do not host it. A part alone links to the parts it was built without: merge every part first (npm run merge), built from one commit.`,
		);
		process.exit(1);
	}
	console.log(`${shown}/: OK: ${report.pages} pages, ${report.links} links and sources, ${report.sums} sums, ${report.manifestEntries} manifest entries checked.`);
} catch (error) {
	console.error(`The check of ${shown}/ could not run: ${String((error as Error).message).replace(/\.$/, '')}.`);
	process.exit(1);
}
