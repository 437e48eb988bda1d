/** Names in the reader's language (src/resolve/names.ts), UI strings with marked-up values (src/ui-strings/rich-text.ts), language tags. */
import { describe, expect, it } from 'vitest';
import { localName, needsLang } from '../../src/resolve/names.ts';
import { isLanguageTag } from '../../src/schemas/language-tag.ts';
import { richParts, slotMarks } from '../../src/ui-strings/rich-text.ts';

const publication = { names: { file: 'content/names.yaml', data: { names: { 'Elections Canada': { fr: 'Élections Canada' } } } } } as unknown as Parameters<typeof localName>[0];

describe('localName', () => {
	it('gives the name in the reader’s language where there is one, in that language', () => {
		expect(localName(publication, 'Elections Canada', 'fr', 'en')).toEqual({ text: 'Élections Canada', lang: 'fr' });
	});

	it('else the name as written, in the language it is written in', () => {
		expect(localName(publication, 'Elections Canada', 'es', 'en')).toEqual({ text: 'Elections Canada', lang: 'en' });
		expect(localName(publication, 'Brennan Center for Justice', 'fr', 'en')).toEqual({ text: 'Brennan Center for Justice', lang: 'en' });
		expect(localName({}, 'Elections Canada', 'fr', 'en')).toEqual({ text: 'Elections Canada', lang: 'en' });
		// A name already written in the reader's language is never replaced.
		expect(localName(publication, 'Elections Canada', 'fr', 'fr')).toEqual({ text: 'Elections Canada', lang: 'fr' });
	});

	it('marks a language only where it differs from the page’s', () => {
		expect(needsLang('en', 'fr')).toBe(true);
		expect(needsLang('fr', 'fr')).toBe(false);
		expect(needsLang('pt-BR', 'pt-br')).toBe(false);
	});
});

describe('richParts', () => {
	it('cuts a translated string at its slots, in the translation’s order', () => {
		const slots = ['name', 'organisation'];
		const marks = slotMarks(slots);
		expect(richParts(`${marks.organisation} : ${marks.name}.`, slots)).toEqual([{ slot: 'organisation' }, ' : ', { slot: 'name' }, '.']);
		expect(richParts('no slot', slots)).toEqual(['no slot']);
	});
});

describe('isLanguageTag', () => {
	it('takes BCP 47 tags and refuses the rest', () => {
		for (const tag of ['en', 'fr', 'fr-CA', 'pt-BR', 'zh-Hant-TW', 'ast']) expect(isLanguageTag(tag), tag).toBe(true);
		for (const tag of ['English', 'fr_FR', '', 'e', 'en-', 'fr-CA!']) expect(isLanguageTag(tag), tag).toBe(false);
	});
});
