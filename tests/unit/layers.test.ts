/**
 * The layering of `src/`: each layer imports only from the layers below it, so
 * that a concept has one home and the browser, the build and the tests can
 * share the pure layers. Also: only a module whose name ends in `-fs` (or a
 * build step) touches the disk. See README.md, "Layout".
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Lowest first. Folders on one line are one layer: they may import each other. */
export const LAYERS: readonly (readonly string[])[] = [
	['diagnostics'],
	['schemas'],
	['utils'],
	['markdown'],
	['content'],
	['resolve'],
	['scoring'],
	['views'],
	['exports', 'search', 'assessment', 'ui-strings', 'translation', 'lint', 'pdf', 'downloads'],
	['site'],
	['components', 'layouts', 'pages'],
	['build'],
	['integrations', '.'],
];

const src = path.resolve('src');
const rank = (file: string) => {
	const top = path.relative(src, file).split(path.sep);
	const folder = top.length === 1 ? '.' : top[0]!;
	const index = LAYERS.findIndex((layer) => layer.includes(folder));
	if (index < 0) throw new Error(`src/${top.join('/')}: the folder ${folder} is in no layer; add it to LAYERS in tests/unit/layers.test.ts and to the README's layout`);
	return { folder, index };
};

/** Import specifiers of a module, comments left out (a doc example may show an import). */
export function importsOf(text: string): string[] {
	const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
	const frontmatter = /^---\n([\s\S]*?)\n---/.exec(code);
	const scope = frontmatter ? frontmatter[1]! + code.slice(frontmatter[0].length) : code;
	return [...scope.matchAll(/(?:^|\s)(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|(?:^|\s)import\s*\(?\s*['"]([^'"]+)['"]/gm)].map((match) => (match[1] ?? match[2])!);
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.(ts|astro)$/.test(name))
		.map((name) => path.join(dir, name))
		.sort();
}

const files = sourceFiles(src);

describe('the layers of src/', () => {
	it('finds the imports of a module, and not those in comments', () => {
		expect(importsOf("import { a } from './a.ts';\n/** import { b } from 'node:fs' */\nimport type { C } from '../c.ts';\nexport { d } from './d.ts';")).toEqual([
			'./a.ts',
			'../c.ts',
			'./d.ts',
		]);
	});

	it('no module imports from a layer above its own', () => {
		const upward = files.flatMap((file) => {
			const from = rank(file);
			return importsOf(readFileSync(file, 'utf8'))
				.filter((specifier) => specifier.startsWith('.'))
				.map((specifier) => path.resolve(path.dirname(file), specifier))
				.filter((target) => target.startsWith(src + path.sep))
				.filter((target) => rank(target).index > from.index)
				.map((target) => `src/${path.relative(src, file)} (${from.folder}) imports src/${path.relative(src, target)} (${rank(target).folder})`);
		});
		expect(upward).toEqual([]);
	});

	it('only -fs modules and build steps import node:fs', () => {
		const offenders = files
			.filter((file) => importsOf(readFileSync(file, 'utf8')).some((specifier) => /^(node:)?fs(\/promises)?$/.test(specifier)))
			.map((file) => `src/${path.relative(src, file)}`)
			.filter((file) => !/-fs\.ts$/.test(file) && !file.startsWith('src/build/'));
		expect(offenders).toEqual([]);
	});
});
