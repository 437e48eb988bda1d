/**
 * `npm run editions:status`: lists, per edition, every adaptation whose base
 * text has changed since it was written (stale), with a word diff of the base
 * text as it was then and as it is now, and every adaptation that records no
 * base yet (unrecorded). Exits 1 when any is stale or unrecorded, and refuses
 * (exit 1) content that does not validate.
 */
import { staleAdaptations, unrecordedAdaptations } from '../src/resolve/drift.ts';
import { commandLine } from './support/args.ts';
import { publicationOrExit } from './support/publication.ts';

const USAGE = `Usage: npm run editions:status
  Lists the stale adaptations of every edition (the base text changed since), with a word diff,
  and the unrecorded ones (no base recorded yet). Exits 1 when there is any.`;
commandLine(USAGE, {});
const publication = publicationOrExit(process.cwd());
const stale = staleAdaptations(publication);
const unrecorded = unrecordedAdaptations(publication);
for (const edition of publication.editions) {
	const code = edition.manifest.data.code;
	const mine = stale.filter((item) => item.edition === code);
	const fresh = unrecorded.filter((item) => item.file === edition.adaptations.file);
	const counts = [mine.length ? `${mine.length} stale adaptation(s)` : '', fresh.length ? `${fresh.length} unrecorded adaptation(s)` : ''].filter(Boolean).join(', ');
	console.log(`${code} (pinned to ${edition.manifest.data.template}, template now ${publication.template.version}): ${counts || 'every adaptation matches the current base'}`);
	for (const item of mine) {
		console.log(`\n  ${item.file}:${item.line} ${item.label} [${item.locales.join(', ')}]: the base text changed since this adaptation was written`);
		console.log(
			item.diff
				.split('\n')
				.map((line) => `    ${line}`)
				.join('\n'),
		);
	}
	for (const item of fresh) console.log(`\n  ${item.file}:${item.line} ${item.message}`);
}
if (stale.length) console.log('\nReview each stale adaptation against the new base text, update it, then record the new base with npm run editions:accept -- <edition> --stale.');
if (unrecorded.length && !stale.length) console.log('\nReview each new adaptation, then record its base with npm run editions:accept -- <edition>.');
if (stale.length || unrecorded.length) process.exit(1);
