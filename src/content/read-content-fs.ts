/**
 * Reading content files from disk: MDX split into frontmatter (parsed with
 * positions) and body, after the MDX gate (`mdx-gate.ts`) has refused any
 * code in it; and YAML files. Shared by the template and edition loaders;
 * the schema checks are in `validate-schema.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { splitFrontmatter } from '../markdown/frontmatter.ts';
import { gateMdx } from '../markdown/mdx-gate.ts';
import { checkMedia, refuseLinked } from './media-fs.ts';
import { normalizeText, parseYamlSource, type YamlSource } from '../utils/yaml-source.ts';
import type { ReadFile } from './types.ts';
import { noResultCache, type ResultCache } from '../utils/result-cache-fs.ts';

export function relative(root: string, file: string): string {
	return path.relative(root, file).split(path.sep).join('/');
}

/** Files in `dir/<locale>/` with the given extension, sorted, as [locale, absolute path]. */
export function localeFiles(dir: string, extension: string, linked?: { root: string; diagnostics: Diagnostic[] }): Array<[string, string]> {
	if (!existsSync(dir)) return [];
	const entries = readdirSync(dir, { withFileTypes: true });
	// A linked locale folder is never read; Astro's own loader would follow it, so it is refused.
	if (linked) for (const entry of entries.filter((candidate) => candidate.isSymbolicLink())) refuseLinked(linked.root, path.join(dir, entry.name), linked.diagnostics);
	return entries
		.filter((entry) => entry.isDirectory())
		.flatMap((entry) =>
			readdirSync(path.join(dir, entry.name))
				.filter((name) => name.endsWith(extension))
				.map((name): [string, string] => [entry.name, path.join(dir, entry.name, name)]),
		)
		.sort((a, b) => a[1].localeCompare(b[1]));
}

/**
 * A YAML text parsed as parseYamlSource does, with the value and findings
 * kept in the check cache. Positions need the parsed document, which is not
 * kept, neither in the cache nor in memory (the documents of every file
 * would stay in memory through the whole build): the text is parsed again only when something asks where a field is, to
 * report it, and then once.
 */
export function cachedYamlSource(cache: ResultCache, file: string, text: string, firstLine: number): YamlSource {
	let parsed: YamlSource | undefined;
	const stored = cache.get('yaml', [file, text, firstLine], () => {
		const { value, diagnostics } = parseYamlSource(file, text, firstLine);
		return { value, diagnostics };
	});
	return {
		file,
		value: stored.value,
		diagnostics: stored.diagnostics,
		locate: (path) => (parsed ??= parseYamlSource(file, text, firstLine)).locate(path),
	};
}

export function readMdx(root: string, locale: string, absolute: string, diagnostics: Diagnostic[], cache: ResultCache = noResultCache()): ReadFile | undefined {
	const file = relative(root, absolute);
	// A link could publish a file from anywhere on the machine.
	if (refuseLinked(root, absolute, diagnostics)) return undefined;
	// CRLF line endings and a byte order mark (what Windows editors write) are read as LF and no mark.
	const text = normalizeText(readFileSync(absolute, 'utf8'));
	// Contributed MDX is data: refuse code before anything, Astro included, compiles it.
	const gate = cache.get('gate', [file, text], () => gateMdx(file, text));
	const refused = gate.diagnostics;
	diagnostics.push(...refused);
	// Every image it shows is a real image file inside the repository.
	diagnostics.push(...checkMedia(root, file, gate.images, refused));
	const split = splitFrontmatter(text);
	if (split.frontmatter === undefined) {
		diagnostics.push(diagnostic('MissingFrontmatter', file, undefined));
		return undefined;
	}
	const source = cachedYamlSource(cache, file, split.frontmatter, split.frontmatterLine);
	diagnostics.push(...source.diagnostics);
	// A body that cannot be parsed is reported above, once: the checks that read bodies see it as empty, and those that compare bodies skip it.
	if (refused.some((diagnostic) => diagnostic.code === 'MdxSyntax')) return { file, locale, name: path.basename(absolute, '.mdx'), source, body: '', bodyLine: split.bodyLine, unreadable: true };
	return { file, locale, name: path.basename(absolute, '.mdx'), source, body: split.body, bodyLine: split.bodyLine };
}

export function readGlossaries(root: string, dir: string, diagnostics: Diagnostic[]): ReadFile[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((entry) => entry.endsWith('.yaml'))
		.sort()
		.flatMap((name) => {
			const absolute = path.join(dir, name);
			if (refuseLinked(root, absolute, diagnostics)) return [];
			const source = parseYamlSource(relative(root, absolute), readFileSync(absolute, 'utf8'));
			diagnostics.push(...source.diagnostics);
			const locale = path.basename(name, '.yaml');
			return { file: source.file, locale, name: locale, source, body: '', bodyLine: 1 };
		});
}
