/** cet:image-alt: every image says what it shows. */
import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/image-alt.ts';
import { lint } from '../../support/lint.ts';

describe('cet:image-alt', () => {
	it('accepts an image with alt text', () => {
		expect(lint(rule, undefined, '![A sealed ballot box with a numbered tie](ballot-box.png)\n')).toEqual([]);
	});

	it('refuses an image without alt text, or with only spaces, also by reference', () => {
		expect(lint(rule, undefined, '![](ballot-box.png) ![ ](seal.png) ![][box]\n\n[box]: ballot-box.png\n')).toMatchInlineSnapshot(`
			[
			  "1:1 ImageAltMissing: The image ballot-box.png has no alt text, so a screen reader cannot say what it shows.",
			  "1:21 ImageAltMissing: The image seal.png has no alt text, so a screen reader cannot say what it shows.",
			  "1:36 ImageAltMissing: The image [box] has no alt text, so a screen reader cannot say what it shows.",
			]
		`);
	});
});
