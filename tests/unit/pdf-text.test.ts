/**
 * The comparison the PDF test reads its text with (tests/support/pdf-text.ts):
 * it forgives what PDF readers do to Arabic (ligature order, split words,
 * bidirectional controls, presentation forms) and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { comparablePdfText, pdfTextIncludes } from '../support/pdf-text.ts';

describe('comparablePdfText', () => {
	it('reads the lam-alef ligature the same in either order', () => {
		expect(comparablePdfText('اال')).toBe(comparablePdfText('الا'));
		expect(comparablePdfText('تكنولوجيا اال' + 'نتخابات')).toBe(comparablePdfText('تكنولوجيا الانتخابات'));
		// The same with hamza: «لأ» given as «أل».
		expect(comparablePdfText('األ' + 'من')).toBe(comparablePdfText('الأمن'));
	});

	it('reads presentation forms, ligature glyphs and tatweel as their letters', () => {
		expect(comparablePdfText('\ufefb')).toBe(comparablePdfText('لا'));
		expect(comparablePdfText('\ufe97\ufedc\ufee8\ufeee\ufedf\ufeee\ufe9f\ufef4\ufe8e')).toBe(comparablePdfText('تكنولوجيا'));
		expect(comparablePdfText('الانتخـــابات')).toBe(comparablePdfText('الانتخابات'));
		expect(comparablePdfText('ﬁle')).toBe('file');
	});

	it('drops bidirectional controls, vowel marks and white space', () => {
		expect(comparablePdfText('\u202b\u202aTEC\u202c · الأمن\u200f\u202c')).toBe(comparablePdfText('TEC · الأمن'));
		expect(comparablePdfText('مُسْتَوًى')).toBe(comparablePdfText('مستوى'));
		expect(pdfTextIncludes('‫ت كن ولوج يا الان ت خ ابات‬', 'تكنولوجيا الانتخابات')).toBe(true);
	});

	it('still tells another word apart', () => {
		expect(comparablePdfText('الا')).not.toBe(comparablePdfText('الى'));
		expect(comparablePdfText('اال')).not.toBe(comparablePdfText('اللا'));
		expect(pdfTextIncludes('تكنولوجيا اال' + 'نتخابات وبنيتها التحتية', 'تكنولوجيا الاتصالات')).toBe(false);
		expect(pdfTextIncludes('Governance and annual review', 'Governance and annual reviews')).toBe(false);
		expect(pdfTextIncludes('Election technology', 'Electoral technology')).toBe(false);
	});
});
