/**
 * `npm run editions:accept -- <edition> [--stale] [--pin]`: record, in each
 * adaptation of the edition that records none yet (a new one), the current
 * base text and its hash. Stale adaptations (whose recorded base has changed
 * since) are left alone unless --stale says they have been reviewed against
 * the new base; then they are recorded anew too. With --pin, also pin the
 * edition to the current template version. Comments and layout of the YAML
 * files are kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { baseElements } from '../src/resolve/drift.ts';
import { commandLine } from './support/args.ts';
import { publicationOrExit } from './support/publication.ts';

const USAGE = `Usage: npm run editions:accept -- <edition> [--stale] [--pin]
  Records the current base text in each new adaptation of the edition (one with no base yet).
  --stale  also record the new base in stale adaptations, once you have reviewed them (npm run editions:status)
  --pin    also pin the edition to the current template version`;
const { values, positionals } = commandLine(USAGE, {
	allowPositionals: true,
	options: { pin: { type: 'boolean', default: false }, stale: { type: 'boolean', default: false } },
});
const [code] = positionals;
const root = process.cwd();
const publication = publicationOrExit(root);
const edition = publication.editions.find((candidate) => candidate.manifest.data.code === code);
if (!edition) {
	console.error(`No edition ${code ?? '(none given)'}; the editions are ${publication.editions.map((candidate) => candidate.manifest.data.code).join(', ') || 'none'}.`);
	process.exit(2);
}
const file = path.join(root, edition.adaptations.file);
const document = parseDocument(readFileSync(file, 'utf8'));
let recorded = 0;
const skipped: string[] = [];
for (const element of baseElements(publication, edition)) {
	if (!element.current || element.recorded?.hash === element.current.hash) continue;
	const line = edition.adaptations.source.locate(element.path).line;
	if (element.recorded && !values.stale) {
		skipped.push(`${edition.adaptations.file}:${line} ${element.label}`);
		continue;
	}
	document.setIn([...element.path, 'base'], document.createNode({ hash: element.current.hash, text: element.current.text }));
	console.log(`${edition.adaptations.file}:${line} ${element.label}: base recorded${element.recorded ? ' anew (it was stale)' : ''}`);
	recorded += 1;
}
if (recorded) writeFileSync(file, document.toString({ lineWidth: 100 }));
if (values.pin) {
	const manifestFile = path.join(root, edition.manifest.file);
	const manifest = parseDocument(readFileSync(manifestFile, 'utf8'));
	manifest.set('template', publication.template.version);
	writeFileSync(manifestFile, manifest.toString({ lineWidth: 100 }));
	console.log(`${edition.manifest.file}: pinned to ${publication.template.version}`);
}
console.log(`${recorded} adaptation(s) recorded for ${code}.`);
if (skipped.length)
	console.log(
		`${skipped.length} stale adaptation(s) left as they were: ${skipped.join('; ')}. Review each against the new base (npm run editions:status), then run npm run editions:accept -- ${code} --stale.`,
	);
