/**
 * cet:term-forms — a word that contracts with the article of a following
 * term is never written before the term's plain form: in French,
 * `de <Term id="emb" />` reads "de l'organisme" with the neutral wording but
 * "de Élections Canada" in the Canada edition, and `à <Term id="government" />`
 * "à le gouvernement". The term's own form does the contraction
 * (`<Term id="emb" form="of" />`: "d'Élections Canada", "du gouvernement").
 * In Arabic, a preposition written apart from the term (`ل <Term …/>`) is the
 * attached form (`form="to"`). The words and forms are data:
 * `contractions:` in content/terms.yaml. Checked everywhere in the file, the
 * prose included, since a translator's tool writes the plain form.
 *
 * Examples (run as tests by tests/unit/lint/rule-examples.test.ts, which
 * describes the form):
 *
 * @example ok.mdx The forms that contract, and words that do not
 * ```json
 * {"file": "content/chapters/fr/results.mdx", "termContractions": {"fr": {"de": "of", "à": "to"}}}
 * ```
 * ```mdx
 * ---
 * practices:
 *   - id: INC-1
 *     statement: Publier le site <Term id="emb" form="of" /> et écrire <Term id="police" form="to" />, avec <Term id="emb" />.
 * ---
 *
 * Le code de la route et la loi de <Term id="emb" form="of" /> sont distincts ; la monade <Term id="emb" /> aussi.
 * ```
 *
 * @example not-ok.mdx The plain form after de and à, in a field and in the prose
 * ```json
 * {"file": "content/chapters/fr/results.mdx", "termContractions": {"fr": {"de": "of", "à": "to"}}}
 * ```
 * ```mdx
 * ---
 * practices:
 *   - id: INC-1
 *     statement: Publier sur le site de <Term id="emb" /> le rapport.
 * ---
 *
 * Le rapport est remis à <Term id="government" />, puis De <Term id="emb" /> repart.
 * ```
 * ```text
 * 4:36 UncontractedTerm: "de <Term id="emb" />" reads "de" and the name apart, which most names do not allow (de + le = du, de + Élections = d'Élections); write <Term id="emb" form="of" /> instead.
 * 7:22 UncontractedTerm: "à <Term id="government" />" reads "à" and the name apart, which most names do not allow (de + le = du, de + Élections = d'Élections); write <Term id="government" form="to" /> instead.
 * 7:55 UncontractedTerm: "De <Term id="emb" />" reads "De" and the name apart, which most names do not allow (de + le = du, de + Élections = d'Élections); write <Term id="emb" form="of" /> instead.
 * ```
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { report } from '../../markdown/report.ts';
import { termMarker } from '../../markdown/term-markers.ts';

export interface TermFormsOptions {
	/** Per locale, each contracting word and the form to write instead. @example { fr: { de: 'of' } } */
	contractions: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const termForms = lintRule<Root, TermFormsOptions | undefined>('cet:term-forms', (_tree, file, options) => {
	const words = options?.contractions[file.data.content?.locale ?? ''];
	if (!words || !Object.keys(words).length) return;
	// The word whole (not the end of "monade"), written apart or, for a one-letter Arabic preposition, glued to the marker; only the plain form.
	const pattern = new RegExp(`(?<![\\p{L}\\p{M}'’])(${Object.keys(words).map(escape).join('|')})(\\s*)<Term\\s+id="([a-z][a-z0-9-]*)"\\s*/>`, 'giu');
	let fence = false;
	String(file.value)
		.split('\n')
		.forEach((text, index) => {
			if (/^\s*(```|~~~)/.test(text)) fence = !fence;
			if (fence) return;
			for (const match of text.matchAll(pattern)) {
				const [found, word, , id] = match;
				const form = words[word!] ?? words[word!.toLowerCase()];
				if (!form) continue;
				const point = { line: index + 1, column: match.index + 1 };
				report(file, { start: point, end: point }, 'UncontractedTerm', found, word!, termMarker(id!, form));
			}
		});
});

export default termForms;
