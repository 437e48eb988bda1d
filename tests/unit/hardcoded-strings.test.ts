import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hardcodedText } from '../support/hardcoded-text.ts';

const src = path.resolve(import.meta.dirname, '../../src');

describe('no hard-coded user-facing text in components', () => {
	it('finds text and readable attributes written into a template, with their lines', () => {
		const sample = ['---', "const x = 'in code is fine';", '---', '<p>{t("ok")}</p>', '<h2>Chapters</h2>', '<nav aria-label="Main">', '<a href={link}>{t("a")} · </a>'].join('\n');
		expect(hardcodedText(sample)).toEqual([
			{ line: 5, text: 'Chapters' },
			{ line: 6, text: 'aria-label="Main"' },
		]);
	});

	it('every .astro file under src/ takes its words from the UI strings', () => {
		const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.astro'));
		expect(files.length).toBeGreaterThan(10);
		const offenders = files.flatMap((name) => hardcodedText(readFileSync(path.join(src, name), 'utf8')).map((hit) => `src/${name}:${hit.line}: ${hit.text}`));
		expect(offenders).toEqual([]);
	});
});
