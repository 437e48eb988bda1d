/** cet:internal-links: a link inside the site names a page that exists, and an anchor that page has. */
import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/internal-links.ts';
import { lint } from '../../support/lint.ts';

const pages = {
	'critical-incident-protocol.html': ['why', 'threats', 'adapting', 'INC-1', 'INC-3'],
	'practices.html': ['INC-1', 'INC-3'],
	'glossary.html': ['chain-of-custody'],
	'index.html': [],
};
const check = (body: string) => lint(rule, { pages }, body, 'content/chapters/en/critical-incident-protocol.mdx');

describe('cet:internal-links', () => {
	it('accepts links to a chapter, a practice, a glossary term, a section of this page, and the web', () => {
		const body = '[a](critical-incident-protocol.html) [b](critical-incident-protocol.html#INC-3) [c](practices.html#INC-1) [d](glossary.html#chain-of-custody) [e](#threats) [f](https://example.org/x#y) [g](index.html)\n\n## New {#new}\n\n[h](#new)\n';
		expect(check(body)).toEqual([]);
	});

	it('refuses a page that does not exist, an anchor it lacks, and a root-absolute link', () => {
		const body = '[a](critical-incident-protocol) [b](practices.html#INC-33) [c](glossary.html#Chain-of-custody) [d](#nowhere) [e](/base/en/index.html) [f](../fr/index.html)\n\n[g][ref]\n\n[ref]: nope.html\n';
		expect(check(body)).toMatchInlineSnapshot(`
			[
			  "1:1 BrokenPageLink: The link critical-incident-protocol does not resolve: the site has no page critical-incident-protocol in an edition.",
			  "1:33 BrokenAnchorLink: The link practices.html#INC-33 does not resolve: practices.html has no anchor #INC-33.",
			  "1:60 BrokenAnchorLink: The link glossary.html#Chain-of-custody does not resolve: glossary.html has no anchor #Chain-of-custody.",
			  "1:96 BrokenAnchorLink: The link #nowhere does not resolve: critical-incident-protocol.html has no anchor #nowhere.",
			  "1:110 RootAbsoluteLink: The link /base/en/index.html starts with "/", so it breaks when the site is served under a sub-path or opened from disk.",
			  "1:135 BrokenPageLink: The link ../fr/index.html does not resolve: the site has no page ../fr/index.html in an edition.",
			  "5:1 BrokenPageLink: The link nope.html does not resolve: the site has no page nope.html in an edition.",
			]
		`);
	});
});
