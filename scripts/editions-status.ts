/**
 * `npm run editions:status`: lists every adaptation whose base text has
 * changed since it was written, per edition and locale, with a word diff of
 * the base text as it was then and as it is now. Exits 1 when any is stale.
 */
import { staleAdaptations } from '../src/resolve/drift.ts';
import { publicationOrExit } from './support/publication.ts';

const publication = publicationOrExit(process.cwd());
const stale = staleAdaptations(publication);
for (const edition of publication.editions) {
	const mine = stale.filter((item) => item.edition === edition.manifest.data.code);
	console.log(
		`${edition.manifest.data.code} (pinned to ${edition.manifest.data.template}, template now ${publication.template.version}): ${mine.length ? `${mine.length} stale adaptation(s)` : 'every adaptation matches the current base'}`,
	);
	for (const item of mine) {
		console.log(`\n  ${item.file}:${item.line} ${item.label} [${item.locales.join(', ')}]: the base text changed since this adaptation was written`);
		console.log(
			item.diff
				.split('\n')
				.map((line) => `    ${line}`)
				.join('\n'),
		);
	}
}
if (stale.length) {
	console.log('\nReview each adaptation against the new base text, update it, then record the new base with npm run editions:accept -- <edition>.');
	process.exit(1);
}
