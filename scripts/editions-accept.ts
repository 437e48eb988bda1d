/**
 * `npm run editions:accept -- <edition> [--pin]`: after reviewing its
 * adaptations against the current base, record the current base text and
 * hash in each one; with --pin, also pin the edition to the current template
 * version. Comments and layout of the YAML files are kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { baseElements } from '../src/resolve/drift.ts';
import { publicationOrExit } from './support/publication.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { pin: { type: 'boolean', default: false } } });
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
for (const element of baseElements(publication, edition)) {
	if (!element.current || element.recorded?.hash === element.current.hash) continue;
	document.setIn([...element.path, 'base'], document.createNode({ hash: element.current.hash, text: element.current.text }));
	console.log(`${edition.adaptations.file}: ${element.label}: base recorded`);
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
