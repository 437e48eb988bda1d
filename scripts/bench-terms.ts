/**
 * `npm run bench:terms`: how much of an edition's names reach the
 * requirements. A fork whose every term is changed (in every locale and
 * form) is resolved in memory; in the requirement fields of every practice
 * (title, statement, implementation, evidence, question), each mention of an
 * institution is either the fork's value (replaced) or generic wording left
 * behind. A figure, not pass/fail; the goal is at least 95% in every locale.
 *
 * Generic wording is counted from the term defaults themselves, more widely
 * than the lint refuses it: the noun phrase without its article, in any case
 * ("an election management body", "de l'organisme de gestion électorale").
 */
import type { EditionDocument } from '../src/content/types.ts';
import { editionChapters } from '../src/resolve/edition-view.ts';
import { commandLine } from './support/args.ts';
import { publicationOrExit } from './support/publication.ts';

const USAGE = `Usage: npm run bench:terms [-- --show <n>]
  The share of the generic institution names in requirement fields that a fork with every term changed replaces, per locale.
  --show <n>  list up to n of the mentions left generic in each locale (default 0)`;
const { values } = commandLine(USAGE, { options: { show: { type: 'string', default: '0' } } });
const show = Number(values.show);
const publication = publicationOrExit(process.cwd());
const terms = publication.terms?.data;
if (!terms) throw new Error('content/terms.yaml defines no terms.');
const locales = publication.template.locales.map((locale) => locale.code);

// Every term, in every locale and form, a value no text contains: ⟦emb·of⟧.
const sentinel = (id: string, form: string) => `⟦${id}·${form}⟧`;
const forkTerms = Object.fromEntries(
	Object.entries(terms.terms).map(([id, term]) => [
		id,
		Object.fromEntries(Object.entries(term.default).map(([locale, forms]) => [locale, Object.fromEntries(Object.keys(forms).map((form) => [form, sentinel(id, form)]))])),
	]),
);
const fork = {
	folder: 'zz',
	manifest: { data: { code: 'zz', country: 'ZZ', name: {}, locales, template: publication.template.version, publisher: { name: {} }, terms: forkTerms, regionalPriorities: [] } },
	adaptations: { data: { practices: [], added: [], sections: [], sources: {}, contributors: [] } },
	chapters: [],
} as unknown as EditionDocument;
const forked = { ...publication, editions: [fork] };

/** A default without its leading article, as a pattern that finds it in any case, prefixed or not. */
const ARTICLE = /^(the |l'|l’|le |la |les |el |los |las )/i;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function corePattern(locale: string, definite: string): RegExp {
	if (locale === 'ar') {
		// Arabic attaches و ب ل ك and the article to the word: allow them, and the article on the first word or not.
		const core = definite.replace(/^ال/, '');
		return new RegExp(`(?<![\\p{L}\\p{M}])[وفبلك]?(?:ال|لل)?${escape(core)}(?![\\p{L}\\p{M}])`, 'gu');
	}
	return new RegExp(`(?<![\\p{L}\\p{M}])${escape(definite.replace(ARTICLE, ''))}(?![\\p{L}\\p{M}])`, 'giu');
}

let worst = 100;
for (const locale of locales) {
	const fields = editionChapters(forked, 'zz', locale).flatMap((chapter) =>
		chapter.data.practices.flatMap((practice) => [
			practice.title,
			practice.statement,
			...practice.implementation,
			...practice.evidence,
			...(practice.question ? [practice.question] : []),
		]),
	);
	const text = fields.join('\n');
	const replaced = [...text.matchAll(/⟦[a-z-]+·[a-z-]+⟧/g)].length;
	const left: string[] = [];
	for (const [id, term] of Object.entries(terms.terms)) {
		const definite = term.default[locale]?.definite;
		if (!definite) continue;
		// The fork's values are masked first: ⟦police·of⟧ is not the word police.
		for (const field of fields.map((text) => text.replace(/⟦[a-z-]+·[a-z-]+⟧/g, '\u2063')))
			for (const match of field.matchAll(corePattern(locale, definite)))
				left.push(`${id}: …${field.slice(Math.max(0, match.index - 40), match.index + match[0].length + 20).replace(/\s+/g, ' ')}…`);
	}
	const share = (100 * replaced) / (replaced + left.length || 1);
	worst = Math.min(worst, share);
	console.log(`${locale}: ${replaced} mentions replaced, ${left.length} left generic: ${share.toFixed(1)}% replaced`);
	for (const line of left.slice(0, show)) console.log(`  ${line}`);
}
console.log(`lowest: ${worst.toFixed(1)}% (goal: at least 95% in every locale)`);
