/** cet:heading-structure: one level at a time, an anchor on every section, anchors well formed and unique. */
import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/heading-structure.ts';
import { lint } from '../../support/lint.ts';

const options = { reservedAnchors: ['practices', 'sources', 'contributors'] };

describe('cet:heading-structure', () => {
	it('accepts sections with anchors, and deeper headings one level at a time', () => {
		const text = '## Why this matters {#why}\n\n### A detail\n\n#### A finer one\n\n## Threats addressed {#threats}\n\nSetext section {#adapting}\n---\n';
		expect(lint(rule, options, text)).toEqual([]);
	});

	it('refuses a level-1 heading, a skipped level and a section without anchor', () => {
		const text = '# Title\n\n## Why this matters {#why}\n\n#### Too deep\n\n## Threats addressed\n';
		expect(lint(rule, options, text)).toMatchInlineSnapshot(`
			[
			  "1:1 HeadingTitleLevel: A level-1 heading (#) would repeat the page title, which the site shows as the only level-1 heading.",
			  "5:1 HeadingLevelSkipped: The heading goes from level 2 to level 4, skipping a level.",
			  "7:1 SectionAnchorMissing: The section "Threats addressed" has no anchor, so editions and translations cannot refer to it.",
			]
		`);
	});

	it('refuses an anchor that is not kebab-case, used twice, or taken by the page', () => {
		const text = '## Why {#Why_Now}\n\n## Threats {#threats}\n\n## More threats {#threats}\n\n## Sources {#sources}\n';
		expect(lint(rule, options, text)).toMatchInlineSnapshot(`
			[
			  "1:1 SectionAnchorFormat: The anchor {#Why_Now} is not kebab-case.",
			  "5:1 DuplicateSectionAnchor: The anchor {#threats} is already used on line 3.",
			  "7:1 ReservedSectionAnchor: The anchor {#sources} is taken by a part of the page the site adds itself.",
			]
		`);
	});
});
