/** cet:safe-urls, on both parsers: links use http(s), mailto or a relative address; images come from the site. */
import { describe, expect, it } from 'vitest';
import rule, { urlScheme } from '../../../src/markdown/gate/safe-urls.ts';
import { frontmatter, gate, lint } from '../../support/lint.ts';

const head = frontmatter('title: Test');
const check = (body: string) => lint(rule, undefined, head + body);

describe('cet:safe-urls', () => {
	it('accepts web, e-mail and relative links, and images from the site', () => {
		const body = '[Law](https://example.org/act) [Mail](mailto:editors@example.org) [INC-3](critical-incident-protocol.html#INC-3) [Why](#why)\n\n![A sealed ballot box](ballot-box.png)\n';
		expect(check(body)).toEqual([]);
		expect(gate(head + body)).toEqual([]);
	});

	it('refuses javascript:, data: and vbscript: addresses, also through a reference definition', () => {
		const body = '[Run](javascript:alert(1)) [Data](data:text/html;base64,PHNjcmlwdD4=) [Ref][run]\n\n[run]: VBScript:msgbox\n';
		expect(check(body)).toMatchInlineSnapshot(`
			[
			  "4:1 UnsafeUrl: The address javascript:alert(1) uses the javascript: scheme, which a browser may run or hand to another program.",
			  "4:28 UnsafeUrl: The address data:text/html;base64,PHNjcmlwdD4= uses the data: scheme, which a browser may run or hand to another program.",
			  "6:1 UnsafeUrl: The address VBScript:msgbox uses the vbscript: scheme, which a browser may run or hand to another program.",
			]
		`);
		expect(gate(head + body)).toEqual(check(body));
	});

	it('refuses an image from another site, also protocol-relative or through a reference', () => {
		const body = '![Pixel](https://tracker.example/p.png) ![Pixel](//tracker.example/p.png) ![Pixel][pixel]\n\n[pixel]: http://tracker.example/p.png\n';
		expect(check(body)).toMatchInlineSnapshot(`
			[
			  "4:1 RemoteImage: The image https://tracker.example/p.png would be loaded from another site, which would tell that site who reads the page.",
			  "4:41 RemoteImage: The image //tracker.example/p.png would be loaded from another site, which would tell that site who reads the page.",
			  "6:1 RemoteImage: The image http://tracker.example/p.png would be loaded from another site, which would tell that site who reads the page.",
			]
		`);
		expect(gate(head + body)).toEqual(check(body));
	});

	it('reads a scheme as a browser does, ignoring case, tabs and control characters', () => {
		expect(urlScheme('JaVaScRiPt:alert(1)')).toBe('javascript');
		expect(urlScheme('java\tscript:alert(1)')).toBe('javascript');
		expect(urlScheme(' \u0001javascript:alert(1)')).toBe('javascript');
		expect(urlScheme('glossary.html#chain-of-custody')).toBeUndefined();
		expect(urlScheme('#why')).toBeUndefined();
	});
});
