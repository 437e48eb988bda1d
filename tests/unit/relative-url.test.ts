import { describe, expect, it } from 'vitest';
import { relativeUrl } from '../../src/site/relative-url.ts';

describe('relativeUrl', () => {
	it.each([
		['base/en/a.html', 'base/en/b.html', 'b.html'],
		['base/en/a.html', 'base/en/b.html#INC-3', 'b.html#INC-3'],
		['base/en/a.html', 'index.html', '../../index.html'],
		['base/en/a.html', 'assets/site.css', '../../assets/site.css'],
		['index.html', 'base/en/index.html', 'base/en/index.html'],
		['base/en/a.html', 'base/fr/a.html', '../fr/a.html'],
		['base/en/a.html', 'ca/en/a.html', '../../ca/en/a.html'],
		['base/en/a.html', 'base/en/a.html#x', '#x'],
		['base/en/a.html', 'base/en/a.html', 'a.html'],
	])('from %s to %s is %s', (from, to, expected) => {
		expect(relativeUrl(from, to)).toBe(expected);
	});

	it('never yields a root-absolute or folder URL', () => {
		for (const to of ['index.html', 'base/en/index.html', 'assets/site.css']) {
			const url = relativeUrl('base/en/x.html', to);
			expect(url.startsWith('/')).toBe(false);
			expect(url.endsWith('/')).toBe(false);
		}
	});
});
