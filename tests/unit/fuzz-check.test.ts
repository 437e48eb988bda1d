/**
 * A fuzz test of what `npm run check` runs (the content loader, the UI-string
 * checks and the content lint), with fast-check: random mutations of the
 * minimal fixture's files (byte flips, deleted, duplicated or re-indented
 * lines, inserted YAML special characters, truncation). Whatever the damage,
 * checking never throws and never prints a stack trace, and every diagnostic
 * names a file of the project and a line and column of at least 1.
 *
 * The seed is fixed, so a failure is reproducible: fast-check prints the
 * counterexample (the file and the mutations) to paste into a fixture. This
 * seed's 300 runs reach, among others, an alias written before its anchor,
 * which crashed the loader before it was caught. FUZZ_SEED and FUZZ_RUNS
 * explore further, for example FUZZ_SEED=7 FUZZ_RUNS=2000 npx vitest run
 * tests/unit/fuzz-check.test.ts.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { lintContent } from '../../src/lint/lint-content-fs.ts';
import { checkStrings } from '../../src/ui-strings/read-strings-fs.ts';
import { fixtureProject } from '../support/fixture-project.ts';

const SEED_FILES = [
	'content/chapters/en/alpha.mdx',
	'content/chapters/en/beta.mdx',
	'content/chapters/fr/alpha.mdx',
	'content/pages/en/introduction.mdx',
	'content/template.yaml',
	'content/terms.yaml',
	'content/glossary/en.yaml',
	'content/glossary/fr.yaml',
	'content/editions/aa/edition.yaml',
	'content/editions/aa/adaptations.yaml',
	'locales/en/common.json',
	'locales/fr/common.json',
];

/** What YAML, JSON and MDX give a meaning to, and what Windows editors and copy-paste add. */
const SPECIAL = [
	':',
	': ',
	'- ',
	'-',
	'?',
	'&a ',
	'*a',
	'!',
	'!!str ',
	'!!js/function ',
	'|',
	'>',
	'{',
	'}',
	'[',
	']',
	',',
	'"',
	"'",
	'#',
	'%',
	'@',
	'`',
	'---',
	'...',
	'\t',
	'\r\n',
	'\uFEFF',
	'\u202E',
	'\0',
	'<',
	'{#',
	'\\',
	'  ',
];

/** One mutation: `where` (0 to 1) places it in the file, as a character offset or a line. */
interface Change {
	kind: 'flip' | 'delete-line' | 'duplicate-line' | 'indent' | 'insert' | 'truncate';
	where: number;
	/** The character a flip writes. */
	char: string;
	/** Spaces an indent change adds (or, negative, removes). */
	by: number;
	/** What an insertion adds. */
	text: string;
}

const change: fc.Arbitrary<Change> = fc.record({
	kind: fc.constantFrom('flip', 'delete-line', 'duplicate-line', 'indent', 'insert', 'truncate'),
	where: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
	char: fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })),
	by: fc.integer({ min: -4, max: 4 }),
	text: fc.constantFrom(...SPECIAL),
});

function apply(text: string, change: Change): string {
	const at = Math.floor(change.where * (text.length + 1));
	const lines = text.split('\n');
	const line = Math.floor(change.where * lines.length);
	switch (change.kind) {
		case 'flip':
			return text.slice(0, at) + change.char + text.slice(at + 1);
		case 'delete-line':
			return [...lines.slice(0, line), ...lines.slice(line + 1)].join('\n');
		case 'duplicate-line':
			return [...lines.slice(0, line + 1), ...lines.slice(line)].join('\n');
		case 'indent': {
			const current = lines[line] ?? '';
			lines[line] = change.by >= 0 ? ' '.repeat(change.by) + current : current.replace(new RegExp(`^ {0,${-change.by}}`), '');
			return lines.join('\n');
		}
		case 'insert':
			return text.slice(0, at) + change.text + text.slice(at);
		case 'truncate':
			return text.slice(0, at);
	}
}

describe('fuzzing npm run check', () => {
	const root = fixtureProject();
	const originals = new Map(SEED_FILES.map((file) => [file, readFileSync(path.join(root, file), 'utf8')]));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('never throws, never prints a stack trace, and names a file and a line for every diagnostic', () => {
		const printed: string[] = [];
		const capture = (...args: unknown[]) => void printed.push(args.map(String).join(' '));
		const spies = [
			vi.spyOn(console, 'error').mockImplementation(capture),
			vi.spyOn(console, 'warn').mockImplementation(capture),
			vi.spyOn(console, 'log').mockImplementation(capture),
			vi.spyOn(process, 'emitWarning').mockImplementation(capture),
		];
		try {
			fc.assert(
				fc.property(fc.constantFrom(...SEED_FILES), fc.array(change, { minLength: 1, maxLength: 3 }), (file, changes) => {
					const mutated = changes.reduce(apply, originals.get(file)!);
					writeFileSync(path.join(root, file), mutated);
					printed.length = 0;
					try {
						const { publication, diagnostics } = loadContent(root);
						const all: Diagnostic[] = [...diagnostics];
						if (publication)
							all.push(
								...checkStrings(
									root,
									publication.template.sourceLocale,
									publication.template.locales.map((locale) => locale.code),
								),
							);
						all.push(...lintContent(root, publication, { security: false }));
						for (const diagnostic of all) {
							expect(diagnostic.file, diagnostic.message).toMatch(/^[^/\\]/);
							expect(existsSync(path.join(root, diagnostic.file)) || diagnostic.code === 'MissingFile', `${diagnostic.file}: ${diagnostic.message}`).toBe(true);
							expect(diagnostic.line, `${diagnostic.file}: ${diagnostic.message}`).toBeGreaterThanOrEqual(1);
							expect(diagnostic.column, `${diagnostic.file}: ${diagnostic.message}`).toBeGreaterThanOrEqual(1);
							expect(diagnostic.message).not.toMatch(/\n\s+at /);
						}
						// Nothing printed at all: the report is the diagnostics, and a library's warning or a stack trace would only confuse it.
						expect(printed).toEqual([]);
					} finally {
						writeFileSync(path.join(root, file), originals.get(file)!);
					}
				}),
				{ seed: Number(process.env.FUZZ_SEED ?? 2), numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
			);
		} finally {
			for (const spy of spies) spy.mockRestore();
		}
	}, 60_000);
});
