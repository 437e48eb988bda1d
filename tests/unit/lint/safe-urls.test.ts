/**
 * cet:safe-urls, beyond the examples in its header (which run on both
 * parsers in rule-examples.test.ts): how a scheme is read, also when a
 * character reference hides it, which a doc comment would show badly.
 */
import { describe, expect, it } from 'vitest';
import rule, { urlScheme } from '../../../src/markdown/gate/safe-urls.ts';
import { gate, lint } from '../../support/lint.ts';

describe('cet:safe-urls', () => {
	it('reads a scheme as a browser does, ignoring case, tabs and control characters', () => {
		expect(urlScheme('JaVaScRiPt:alert(1)')).toBe('javascript');
		expect(urlScheme('java\tscript:alert(1)')).toBe('javascript');
		expect(urlScheme(' \u0001javascript:alert(1)')).toBe('javascript');
		expect(urlScheme('glossary.html#chain-of-custody')).toBeUndefined();
		expect(urlScheme('#why')).toBeUndefined();
	});

	it('refuses a javascript: address hidden by a tab or a space written as a character reference, on both parsers', () => {
		const text = '[Check your registration](java&#9;script:alert(1)) [Or](&#x20;javascript:alert(1))\n';
		expect(lint(rule, undefined, text)).toEqual([
			'1:1 UnsafeUrl: The address java\tscript:alert(1) uses the javascript: scheme, which a browser may run or hand to another program.',
			'1:52 UnsafeUrl: The address  javascript:alert(1) uses the javascript: scheme, which a browser may run or hand to another program.',
		]);
		expect(gate(text)).toEqual(lint(rule, undefined, text));
	});
});
