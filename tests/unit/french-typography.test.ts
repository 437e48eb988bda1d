/**
 * French typography (src/utils/french-typography.ts) and its HTML walker
 * (src/utils/typeset-html.ts): each rule and each exception, pinned to the
 * exact output. ⍽ stands for U+202F, ␣ for U+00A0 in the expectations.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frenchTypographyEdits, typesetFrench, typesetterFor, UNITS } from '../../src/utils/french-typography.ts';
import { typesetFrenchHtml } from '../../src/utils/typeset-html.ts';

/** Writes the two no-break spaces visibly. */
const shown = (text: string) => text.replace(/\u202f/g, '⍽').replace(/\u00a0/g, '␣');
const typeset = (text: string) => shown(typesetFrench(text));
const html = (text: string) => shown(typesetFrenchHtml(text).html);
const page = (body: string, lang = 'fr') => `<!doctype html><html lang="${lang}"><head><title>T</title></head><body>${body}</body></html>`;

describe('typesetFrench: the rules', () => {
	it('puts a narrow no-break space before ; ! ?, replacing a space or inserting one', () => {
		expect(typeset('Attention!')).toBe('Attention⍽!');
		expect(typeset('Attention !')).toBe('Attention⍽!');
		expect(typeset('Pourquoi ? Parce que ; enfin')).toBe('Pourquoi⍽? Parce que⍽; enfin');
		expect(typeset('Quoi?!')).toBe('Quoi⍽?!');
	});

	it('puts a no-break space before a colon', () => {
		expect(typeset('Note : voir')).toBe('Note␣: voir');
		expect(typeset('Note: voir')).toBe('Note␣: voir');
		expect(typeset('Niveau :')).toBe('Niveau␣:');
	});

	it('puts a no-break space inside « »', () => {
		expect(typeset('« Bonjour »')).toBe('«␣Bonjour␣»');
		expect(typeset('«Bonjour»')).toBe('«␣Bonjour␣»');
		expect(typeset('« Quoi ? »')).toBe('«␣Quoi⍽?␣»');
	});

	it('puts a no-break space between a number and its unit, and not before a counted noun', () => {
		expect(typeset('90 %')).toBe('90␣%');
		expect(typeset('90%')).toBe('90␣%');
		expect(typeset('dans 12 mois, 72 heures ou 24 h')).toBe('dans 12␣mois, 72␣heures ou 24␣h');
		expect(typeset('2,5 ‰ et 4 Go pour 100 € et 3 millions')).toBe('2,5␣‰ et 4␣Go pour 100␣€ et 3␣millions');
		expect(typeset('2 personnes')).toBe('2 personnes');
		expect(typeset('24 hommes')).toBe('24 hommes');
		for (const unit of UNITS) expect(typeset(`5 ${unit}`), unit).toBe(`5␣${unit}`);
	});

	it('replaces a run of spaces, or the wrong no-break space, by one right space: never two', () => {
		expect(typeset('Attention   !')).toBe('Attention⍽!');
		expect(typeset('Attention\n\t!')).toBe('Attention⍽!');
		expect(typeset('Attention\u00a0!')).toBe('Attention⍽!');
		expect(typeset('Note\u202f:')).toBe('Note␣:');
		expect(typeset('«\u202foui\u202f»')).toBe('«␣oui␣»');
	});
});

describe('typesetFrench: what it leaves alone', () => {
	it('URLs, e-mail links and placeholders', () => {
		for (const text of ['https://example.org/a?b=c;d!', 'voir http://x.org/p:1', 'mailto:a@b.org?subject=x', 'www.example.org/?q', '{{count}} %', '{{a:b}}'])
			expect(typeset(text), text).toBe(text);
		// A placeholder stands for a word: the colon after it is punctuation.
		expect(typeset('{{label}}: b')).toBe('{{label}}␣: b');
		expect(typeset('Voir : https://example.org/a?b')).toBe('Voir␣: https://example.org/a?b');
	});

	it('times and ratios between digits, ::, and marks inside a word', () => {
		for (const text of ['à 10:30', 'un rapport 3:1', 'a::b', 'std::vector', 'a:b', 'search.html?q=1', 'C:\\Temp', 'x;y', 'rouge !important', '10h30'])
			expect(typeset(text), text).toBe(text);
	});

	it('a mark with nothing before it, after an opening bracket, or after another mark', () => {
		for (const text of ['! alors', '  ? alors', '(?)', '[!]', '?']) expect(typeset(text), text).toBe(text);
		expect(typeset('Quoi?!')).toBe('Quoi⍽?!');
		expect(typeset('« Oui ! »')).toBe('«␣Oui⍽!␣»');
	});

	it('a number inside a word', () => {
		expect(typeset('INC-3 jours')).toBe('INC-3 jours');
		expect(typeset('COVID-19 %')).toBe('COVID-19 %');
		expect(typeset('Quoi ?;1%')).toBe('Quoi⍽?;1␣%');
		expect(typeset('10-12 jours')).toBe('10-12␣jours');
	});

	it('typeset text: no edit at all', () => {
		expect(frenchTypographyEdits('Attention\u202f! «\u00a0oui\u00a0» 90\u00a0% Note\u00a0:')).toEqual([]);
	});

	it('is idempotent', () => {
		const alphabet = fc.constantFrom(' ', '\u00a0', '\u202f', '\n', ';', '!', '?', ':', '«', '»', '%', '1', '9', 'h', 'a', 'é', '/', '(', '{', '}', 'https://', ',', 'mois');
		fc.assert(
			fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
				const once = typesetFrench(parts.join(''));
				expect(typesetFrench(once)).toBe(once);
			}),
			{ numRuns: 2000 },
		);
	});

	it('typesetterFor: French rules for French locales only', () => {
		expect(shown(typesetterFor('fr')('Oui !'))).toBe('Oui⍽!');
		expect(shown(typesetterFor('fr-CA')('Oui !'))).toBe('Oui⍽!');
		for (const locale of ['en', 'es', 'ar']) expect(typesetterFor(locale)('Yes !')).toBe('Yes !');
	});
});

describe('typesetFrenchHtml', () => {
	it('sets the spaces of text nodes, across inline elements', () => {
		expect(html(page('<p><strong>Attention</strong>! <em>Note</em> : «<em>mot</em>» 90 <abbr>%</abbr></p>'))).toBe(
			shown(page('<p><strong>Attention</strong>\u202f! <em>Note</em>\u00a0: «<em>\u00a0mot</em>\u00a0» 90\u00a0<abbr>%</abbr></p>')),
		);
	});

	it('reads code, kbd, samp and text in another language for context, and never changes them', () => {
		const input = page('<p>Tapez <code>a ?</code> puis <kbd>Entrée !</kbd> <samp>ok ;</samp> et <cite lang="en">Title: Subtitle</cite> : fin</p>');
		expect(html(input)).toBe(shown(page('<p>Tapez <code>a ?</code> puis <kbd>Entrée !</kbd> <samp>ok ;</samp> et <cite lang="en">Title: Subtitle</cite>\u00a0: fin</p>')));
	});

	it('never reads pre, script, style, textarea or other attributes', () => {
		const body =
			'<pre>x ?</pre><script>var a = b ? c : d;</script><style>a::after{content:"!"}</style><textarea>Oui ?</textarea><a href="search.html?q=a" data-x="Oui ?" class="a">lien</a>';
		expect(typesetFrenchHtml(page(body))).toEqual({ html: page(body), spaces: 0 });
	});

	it('sets the human-readable attributes and meta descriptions', () => {
		const input =
			'<!doctype html><html lang="fr"><head><meta name="description" content="Note : x"><meta name="viewport" content="a : b"></head><body><img alt="Urne !" src="a.png" title=\'Quoi ?\'><input placeholder="Rechercher : mot" aria-label="Fermer !" value="x ?"></body></html>';
		expect(html(input)).toBe(
			shown(
				'<!doctype html><html lang="fr"><head><meta name="description" content="Note\u00a0: x"><meta name="viewport" content="a : b"></head><body><img alt="Urne\u202f!" src="a.png" title=\'Quoi\u202f?\'><input placeholder="Rechercher\u00a0: mot" aria-label="Fermer\u202f!" value="x ?"></body></html>',
			),
		);
	});

	it('sets the strings of a JSON data island, which a client script shows', () => {
		const input = page('<script type="application/json" id="c">{"strings":{"tier":"Niveau :","n":"{{count}} résultats"},"url":"a.html?q=1"}</script>');
		expect(typesetFrenchHtml(input)).toEqual({
			html: page('<script type="application/json" id="c">{"strings":{"tier":"Niveau\u00a0:","n":"{{count}} résultats"},"url":"a.html?q=1"}</script>'),
			spaces: 1,
		});
	});

	it('keeps character references and every other byte', () => {
		const input = page('<p class=x>Sécurité &amp; vie privée ; fin&nbsp;! A&#39;B ?</p><!-- Note : ok ? -->');
		expect(html(input)).toBe(shown(page('<p class=x>Sécurité &amp; vie privée\u202f; fin\u202f! A&#39;B\u202f?</p><!-- Note : ok ? -->')));
	});

	it('changes nothing in a page that is not French, or already typeset: same string, 0 spaces', () => {
		for (const lang of ['en', 'es', 'ar']) {
			const input = page('<p>Attention ! Note : 90 %</p>', lang);
			expect(typesetFrenchHtml(input)).toEqual({ html: input, spaces: 0 });
		}
		const once = typesetFrenchHtml(page('<p lang="fr">Oui ! <span title="Quoi ?">« x »</span></p><script type="application/json">{"a":"b ?"}</script>', 'en'));
		expect(once.spaces).toBe(4);
		expect(typesetFrenchHtml(once.html)).toEqual({ html: once.html, spaces: 0 });
	});

	it('reads the words of a noscript as markup', () => {
		expect(html(page('<noscript><p>Voir : <a href="p.html">ici</a></p></noscript>'))).toBe(shown(page('<noscript><p>Voir\u00a0: <a href="p.html">ici</a></p></noscript>')));
	});
});
