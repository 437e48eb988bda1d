/**
 * `npm run ci:matrix`: the parts of the publication a CI builds separately,
 * one per edition × locale of the content (src/build/ci-matrix.ts), as the
 * JSON that a GitHub Actions `strategy.matrix` reads. Inside GitHub Actions
 * ($GITHUB_OUTPUT set) it appends `matrix=<json>` to that file for the next
 * jobs; otherwise it prints the JSON. Refuses content that npm run check does
 * not pass.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { ciMatrix } from '../src/build/ci-matrix.ts';
import { commandLine } from './support/args.ts';
import { publicationOrExit } from './support/publication.ts';

const USAGE = `Usage: npm run ci:matrix [-- --root <dir>]
  Prints the parts of the publication (one per edition × locale) as a GitHub Actions matrix,
  {"include":[{"edition":"base","locale":"en","part":"dist-base-en"},…]}; with $GITHUB_OUTPUT set, writes matrix=<json> there.`;
const { values } = commandLine(USAGE, { options: { root: { type: 'string', default: '.' } } });
const matrix = ciMatrix(publicationOrExit(path.resolve(values.root)));
const json = JSON.stringify(matrix);
const output = process.env.GITHUB_OUTPUT;
if (output) {
	appendFileSync(output, `matrix=${json}\n`);
	console.log(`${matrix.include.length} part(s): ${matrix.include.map((entry) => entry.part).join(', ')}`);
} else console.log(json);
