/** `{#anchor}` on remark-mdx: blanked before parsing with lines and columns kept, and put back on the heading. */
import { describe, expect, it } from 'vitest';
import { maskHeadingAnchors } from '../../../src/markdown/heading-anchors.ts';

describe('heading anchors on remark-mdx', () => {
	it('blanks a trailing {#anchor} on ATX and setext headings, keeping every position', () => {
		const text = '## Why this matters {#why}\n\nThreats {#threats}\n---\n';
		const masked = maskHeadingAnchors(text);
		expect(masked.text).toBe('## Why this matters       \n\nThreats           \n---\n');
		expect(masked.text.length).toBe(text.length);
		expect([...masked.anchors.values()]).toEqual([
			{ id: 'why', line: 1, column: 21 },
			{ id: 'threats', line: 3, column: 9 },
		]);
	});

	it('leaves every other brace alone, so the MDX rules still see it', () => {
		for (const text of [
			'Text {#why}\n',
			'## Why {#why} and more\n',
			'## Why {#why .wide}\n',
			'## Why {process.env.HOME}\n',
			'```\n## Code {#not}\n```\n',
			'---\n# yaml comment {#x}\n---\n',
		]) {
			expect(maskHeadingAnchors(text).text).toBe(text);
		}
	});
});
