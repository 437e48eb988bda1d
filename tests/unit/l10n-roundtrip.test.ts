/**
 * The translator's round trip, on a copy of the project: export a kit, fill
 * in the targets as a CAT tool would, import, build, and find the translated
 * text on the built page with the same structure as the source. Then the two
 * ways an import must fail: a source that moved, and a lost protected element.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDebianPackage } from '../support/debian-package.ts';
import { copyProject } from '../support/project-copy.ts';

const project = path.resolve(import.meta.dirname, '../..');
const XLIFF = 'urn:oasis:names:tc:xliff:document:1.2';
let work: string;

const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, CET_PDF: '0' } });
const kitFile = () => path.join(work, 'kit', 'clean-elections-template-1.0.0-en-es.xlf');
const chapter = 'content/chapters/es/critical-incident-protocol.mdx';

/** Fills every empty target with the source, marked, keeping the inline tags: what a translator's tool returns. */
function fillTargets(xliff: string, mark: string): string {
	const document = new DOMParser().parseFromString(xliff, 'text/xml');
	const units = document.getElementsByTagNameNS(XLIFF, 'trans-unit');
	for (let index = 0; index < units.length; index += 1) {
		const unit = units.item(index)!;
		if (unit.getElementsByTagNameNS(XLIFF, 'target').length) continue;
		const source = unit.getElementsByTagNameNS(XLIFF, 'source').item(0)!;
		const target = document.createElementNS(XLIFF, 'target');
		target.appendChild(document.createTextNode(mark));
		for (let child = source.firstChild; child; child = child.nextSibling) target.appendChild(child.cloneNode(true));
		unit.insertBefore(target, source.nextSibling);
	}
	return new XMLSerializer().serializeToString(document);
}

function ids(html: string, pattern: RegExp): string[] {
	return [...html.matchAll(pattern)].map((match) => match[1]!);
}

beforeAll(() => {
	work = copyProject('l10n');
	rmSync(path.join(work, chapter));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('XLIFF round trip', () => {
	it('exports, imports the filled kit, and builds the translated page with the source structure', () => {
		const exported = run('scripts/l10n-export.ts', '--locale', 'es', '--out', 'kit');
		expect(exported.status, exported.stderr).toBe(0);
		const manifest = JSON.parse(readFileSync(path.join(work, 'kit', 'manifest.json'), 'utf8')) as {
			xliffVersion: string;
			documents: Array<{ target: string; translated: number; segments: number }>;
		};
		expect(manifest.xliffVersion).toBe('1.2');
		expect(manifest.documents.find((document) => document.target === chapter)).toMatchObject({ translated: 0 });
		expect(existsSync(path.join(work, 'kit', 'glossary-en-es.tsv'))).toBe(true);

		const xliff = readFileSync(kitFile(), 'utf8');
		// Protected: practice IDs and the section anchors never appear as translatable text.
		expect(xliff).toContain('<x id="1" ctype="x-practice-id" equiv-text="INC-2"/>');
		expect(xliff).not.toContain('{#why}');

		writeFileSync(kitFile(), fillTargets(xliff, '⟦es⟧ '));
		const imported = run('scripts/l10n-import.ts', kitFile());
		expect(imported.status, imported.stderr).toBe(0);
		expect(imported.stdout).toMatch(new RegExp(`${chapter}: \\d+ segment\\(s\\) changed, 0 marked reviewed`));

		const checked = run('scripts/check.ts');
		expect(checked.status, checked.stderr).toBe(0);
		const status = JSON.parse(run('scripts/l10n-status.ts', '--json', '--locale', 'es').stdout) as { locales: Array<{ counts: { current: number; total: number } }> };
		expect(status.locales[0]!.counts.current).toBe(status.locales[0]!.counts.total);

		const built = run('scripts/build.ts');
		expect(built.status, built.stderr).toBe(0);
		const spanish = readFileSync(path.join(work, 'dist/base/es/critical-incident-protocol.html'), 'utf8');
		const english = readFileSync(path.join(work, 'dist/base/en/critical-incident-protocol.html'), 'utf8');
		expect(spanish).toContain('⟦es⟧ ');
		expect(spanish).not.toContain('notice--missing');
		const structure = /<(?:article|h2|h3) [^>]*id="([^"]+)"/g;
		expect(ids(spanish, structure)).toEqual(ids(english, structure));
	}, 300_000);

	it('the kit loads in Translate Toolkit, unit for unit', () => {
		const converter = ensureDebianPackage('xliff2po', 'translate-toolkit');
		const po = path.join(work, 'kit', 'es.po');
		const converted = spawnSync(converter, [kitFile(), po], { encoding: 'utf8' });
		expect(converted.status, converted.stderr).toBe(0);
		const units = (readFileSync(kitFile(), 'utf8').match(/<trans-unit /g) ?? []).length;
		const messages = (readFileSync(po, 'utf8').match(/^msgid /gm) ?? []).length - 1; // less the PO header
		expect(messages).toBe(units);
	});

	it('rejects a kit whose source moved since export, names the segment, and writes nothing', () => {
		expect(run('scripts/l10n-export.ts', '--locale', 'es', '--out', 'kit').status).toBe(0);
		const before = readFileSync(path.join(work, chapter), 'utf8');
		const source = path.join(work, 'content/chapters/en/critical-incident-protocol.mdx');
		writeFileSync(source, readFileSync(source, 'utf8').replace('Some threats to an election', 'Some serious threats to an election'));
		const imported = run('scripts/l10n-import.ts', kitFile());
		expect(imported.status).toBe(1);
		expect(imported.stderr).toContain('was not imported; nothing was written');
		expect(imported.stderr).toMatch(
			/kit\/clean-elections-template-1\.0\.0-en-es\.xlf:\d+: content\/chapters\/en\/critical-incident-protocol\.mdx: the English of chapters\/critical-incident-protocol\/body\/1 has changed since this kit was exported\./,
		);
		expect(readFileSync(path.join(work, chapter), 'utf8')).toBe(before);
	});

	it('rejects a target that lost a protected element', () => {
		expect(run('scripts/l10n-export.ts', '--locale', 'es', '--out', 'kit').status).toBe(0);
		const xliff = readFileSync(kitFile(), 'utf8');
		const document = new DOMParser().parseFromString(xliff, 'text/xml');
		const units = document.getElementsByTagNameNS(XLIFF, 'trans-unit');
		let edited = '';
		for (let index = 0; index < units.length && !edited; index += 1) {
			const unit = units.item(index) as Element;
			const target = unit.getElementsByTagNameNS(XLIFF, 'target').item(0);
			const placeholder = target?.getElementsByTagNameNS(XLIFF, 'x').item(0);
			if (target && placeholder) {
				target.removeChild(placeholder);
				edited = unit.getAttribute('id')!;
			}
		}
		expect(edited).not.toBe('');
		writeFileSync(kitFile(), new XMLSerializer().serializeToString(document));
		const imported = run('scripts/l10n-import.ts', kitFile());
		expect(imported.status).toBe(1);
		expect(imported.stderr).toContain(`segment ${edited} must keep the protected elements`);
	});
});

describe('adding a language', () => {
	it('l10n:add lists it, scaffolds its strings with its plural forms, and the content still checks', () => {
		const fresh = copyProject('add', ['content', 'locales', 'src', 'scripts', 'package.json']);
		try {
			const node = (script: string, ...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: fresh, encoding: 'utf8' });
			const added = node('scripts/l10n-add.ts', 'he', '--dir', 'rtl');
			expect(added.status, added.stderr).toBe(0);
			expect(readFileSync(path.join(fresh, 'content/template.yaml'), 'utf8')).toContain('  - code: he\n    name: "עברית"\n    dir: rtl\n');
			const reading = JSON.parse(readFileSync(path.join(fresh, 'locales/he/reading.json'), 'utf8')) as Record<string, unknown>;
			expect(Object.keys(reading).filter((key) => key.startsWith('points_'))).toEqual(['points_one', 'points_two', 'points_other']);
			const checked = node('scripts/check.ts');
			expect(checked.status, checked.stderr).toBe(0);
			const status = JSON.parse(node('scripts/l10n-status.ts', '--json', '--locale', 'he').stdout) as { locales: Array<{ counts: { missing: number; total: number } }> };
			expect(status.locales[0]!.counts.missing).toBe(status.locales[0]!.counts.total);
			expect(node('scripts/l10n-status.ts', '--fail-on', 'missing').status).toBe(1);
			expect(node('scripts/l10n-add.ts', 'he').stderr).toContain('he is already a locale of the template.');
		} finally {
			rmSync(fresh, { recursive: true, force: true });
		}
	});
});
