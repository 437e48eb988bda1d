/**
 * Reads `content/terms.yaml` and every `content/editions/<code>/` (its
 * manifest and its adaptations), each validated with file and line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { parseYamlSource, type YamlSource } from '../utils/yaml-source.ts';
import { zodDiagnostics } from './zod-diagnostics.ts';
import { catalog } from '../diagnostics/catalog.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { z as zod } from 'zod';
import { adaptationListSchemas, adaptationsSchema, editionManifestSchema, type Adaptations, type EditionManifest } from '../schemas/edition.ts';
import { chapterSchema, type Chapter } from '../schemas/chapter.ts';
import { all, localeFiles, readMdx, type ContentDocument } from './read-content-fs.ts';
import { termsSchema, type Terms } from '../schemas/terms.ts';

export interface YamlDocument<T> {
	file: string;
	data: T;
	source: YamlSource;
}

export interface EditionDocument {
	/** Folder name under content/editions/. */
	folder: string;
	manifest: YamlDocument<EditionManifest>;
	adaptations: YamlDocument<Adaptations>;
	/** The edition's own chapters, `content/editions/<code>/chapters/<locale>/<slug>.mdx`, every locale. */
	chapters: ContentDocument<Chapter>[];
}

function readYaml<S extends z.ZodType>(root: string, file: string, schema: S, diagnostics: Diagnostic[]): YamlDocument<z.output<S>> | undefined {
	const source = parseYamlSource(file, readFileSync(path.join(root, file), 'utf8'));
	diagnostics.push(...source.diagnostics);
	if (source.value === undefined) return undefined;
	const result = schema.safeParse(source.value ?? {}, { reportInput: true });
	if (!result.success) {
		diagnostics.push(...zodDiagnostics(result.error, source));
		return undefined;
	}
	return { file, data: result.data, source };
}

/**
 * adaptations.yaml, validated item by item: an invalid entry is reported and
 * left out, and the valid ones still go through the cross-checks.
 */
function readAdaptations(root: string, file: string, diagnostics: Diagnostic[]): YamlDocument<Adaptations> | undefined {
	const source = parseYamlSource(file, readFileSync(path.join(root, file), 'utf8'));
	diagnostics.push(...source.diagnostics);
	if (source.value === undefined) return undefined;
	const lists = zod.looseObject({ practices: zod.array(zod.unknown()).default([]), added: zod.array(zod.unknown()).default([]), sections: zod.array(zod.unknown()).default([]) });
	const shape = lists.safeParse(source.value ?? {}, { reportInput: true });
	if (!shape.success) {
		diagnostics.push(...zodDiagnostics(shape.error, source));
		return undefined;
	}
	const valid: Record<string, unknown[]> = {};
	for (const [list, schema] of Object.entries(adaptationListSchemas)) {
		valid[list] = (shape.data[list as keyof typeof adaptationListSchemas] as unknown[]).flatMap((item, index) => {
			const result = (schema as zod.ZodType).safeParse(item, { reportInput: true });
			if (result.success) return [result.data];
			diagnostics.push(...zodDiagnostics(result.error, source, [list, index]));
			return [];
		});
	}
	const rest = adaptationsSchema.safeParse({ ...shape.data, practices: [], added: [], sections: [] }, { reportInput: true });
	if (!rest.success) {
		diagnostics.push(...zodDiagnostics(rest.error, source));
		return undefined;
	}
	return { file, data: { ...rest.data, ...valid } as Adaptations, source };
}

export function loadTerms(root: string, diagnostics: Diagnostic[]): YamlDocument<Terms> | undefined {
	const file = 'content/terms.yaml';
	if (!existsSync(path.join(root, file))) return undefined;
	return readYaml(root, file, termsSchema, diagnostics);
}

export function loadEditions(root: string, diagnostics: Diagnostic[]): EditionDocument[] {
	const dir = path.join(root, 'content', 'editions');
	if (!existsSync(dir)) return [];
	const editions: EditionDocument[] = [];
	for (const folder of readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
		const manifestFile = `content/editions/${folder}/edition.yaml`;
		if (!existsSync(path.join(root, manifestFile))) {
			diagnostics.push({ file: manifestFile, line: 1, column: 1, code: 'MissingFile', message: catalog.MissingFile.message(manifestFile), hint: catalog.MissingFile.hint, severity: 'error' });
			continue;
		}
		const manifest = readYaml(root, manifestFile, editionManifestSchema, diagnostics);
		const adaptationsFile = `content/editions/${folder}/adaptations.yaml`;
		const adaptations = existsSync(path.join(root, adaptationsFile))
			? readAdaptations(root, adaptationsFile, diagnostics)
			: { file: adaptationsFile, data: adaptationsSchema.parse({}), source: parseYamlSource(adaptationsFile, '{}') };
		const chapterFiles = localeFiles(path.join(dir, folder, 'chapters'), '.mdx').flatMap(([locale, file]) => readMdx(root, locale, file, diagnostics) ?? []);
		const chapters = all(chapterFiles, chapterSchema, diagnostics);
		if (manifest && adaptations) editions.push({ folder, manifest, adaptations, chapters });
	}
	return editions;
}
