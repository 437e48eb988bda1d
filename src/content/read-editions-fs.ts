/**
 * Reads `content/terms.yaml`, `content/names.yaml` and every `content/editions/<code>/` (its
 * manifest and its adaptations), each validated with file and line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { parseYamlSource } from '../utils/yaml-source.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { adaptationsSchema, editionManifestSchema, type Adaptations } from '../schemas/edition.ts';
import { chapterSchema } from '../schemas/chapter.ts';
import { localeFiles, readMdx } from './read-content-fs.ts';
import { noResultCache, type ResultCache } from '../utils/result-cache-fs.ts';
import { refuseLinked } from './media-fs.ts';
import type { EditionDocument, YamlDocument } from './types.ts';
import { all, validateAdaptations, validateYamlDocument } from './validate-schema.ts';
import { termsSchema, type Terms } from '../schemas/terms.ts';
import { namesSchema, type Names } from '../schemas/names.ts';

function readYaml<S extends z.ZodType>(root: string, file: string, schema: S, diagnostics: Diagnostic[]): YamlDocument<z.output<S>> | undefined {
	if (refuseLinked(root, path.join(root, file), diagnostics)) return undefined;
	const source = parseYamlSource(file, readFileSync(path.join(root, file), 'utf8'));
	diagnostics.push(...source.diagnostics);
	return validateYamlDocument(schema, source, diagnostics);
}

function readAdaptations(root: string, file: string, diagnostics: Diagnostic[]): YamlDocument<Adaptations> | undefined {
	if (refuseLinked(root, path.join(root, file), diagnostics)) return undefined;
	const source = parseYamlSource(file, readFileSync(path.join(root, file), 'utf8'));
	diagnostics.push(...source.diagnostics);
	return validateAdaptations(source, diagnostics);
}

export function loadTerms(root: string, diagnostics: Diagnostic[]): YamlDocument<Terms> | undefined {
	const file = 'content/terms.yaml';
	if (!existsSync(path.join(root, file))) return undefined;
	return readYaml(root, file, termsSchema, diagnostics);
}

export function loadNames(root: string, diagnostics: Diagnostic[]): YamlDocument<Names> | undefined {
	const file = 'content/names.yaml';
	if (!existsSync(path.join(root, file))) return undefined;
	return readYaml(root, file, namesSchema, diagnostics);
}

export function loadEditions(root: string, diagnostics: Diagnostic[], cache: ResultCache = noResultCache()): EditionDocument[] {
	const dir = path.join(root, 'content', 'editions');
	if (!existsSync(dir)) return [];
	const editions: EditionDocument[] = [];
	const entries = readdirSync(dir, { withFileTypes: true });
	// A linked edition folder is never read; Astro's own loader would follow it, so it is refused.
	for (const entry of entries.filter((candidate) => candidate.isSymbolicLink())) refuseLinked(root, path.join(dir, entry.name), diagnostics);
	for (const folder of entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
		const manifestFile = `content/editions/${folder}/edition.yaml`;
		if (!existsSync(path.join(root, manifestFile))) {
			diagnostics.push(diagnostic('MissingFile', manifestFile, undefined, manifestFile));
			continue;
		}
		const manifest = readYaml(root, manifestFile, editionManifestSchema, diagnostics);
		const adaptationsFile = `content/editions/${folder}/adaptations.yaml`;
		const adaptations = existsSync(path.join(root, adaptationsFile))
			? readAdaptations(root, adaptationsFile, diagnostics)
			: { file: adaptationsFile, data: adaptationsSchema.parse({}), source: parseYamlSource(adaptationsFile, '{}') };
		const chapterFiles = localeFiles(path.join(dir, folder, 'chapters'), '.mdx', { root, diagnostics }).flatMap(([locale, file]) => readMdx(root, locale, file, diagnostics, cache) ?? []);
		const chapters = all(chapterFiles, chapterSchema, diagnostics);
		if (manifest && adaptations) editions.push({ folder, manifest, adaptations, chapters });
	}
	return editions;
}
