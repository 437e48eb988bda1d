/**
 * Schema validation of content that has been read: every issue is reported
 * with file and line (through `zod-diagnostics.ts`), and nothing stops at the
 * first. Pure: the readers (`read-*-fs.ts`) hand their sources in.
 */
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { adaptationListSchemas, adaptationsSchema, type Adaptations } from '../schemas/edition.ts';
import type { YamlSource } from '../utils/yaml-source.ts';
import type { ContentDocument, ReadFile, YamlDocument } from './types.ts';
import { zodDiagnostics } from './zod-diagnostics.ts';

export function validate<S extends z.ZodType>(schema: S, source: YamlSource, diagnostics: Diagnostic[]): z.output<S> | undefined {
	if (source.value === undefined) return undefined;
	const result = schema.safeParse(source.value, { reportInput: true });
	if (result.success) return result.data;
	diagnostics.push(...zodDiagnostics(result.error, source));
	return undefined;
}

export function typed<S extends z.ZodType>(read: ReadFile, schema: S, diagnostics: Diagnostic[]): ContentDocument<z.output<S>> | undefined {
	const data = validate(schema, read.source, diagnostics);
	return data === undefined ? undefined : { ...read, data };
}

export function all<S extends z.ZodType>(files: ReadFile[], schema: S, diagnostics: Diagnostic[]): ContentDocument<z.output<S>>[] {
	return files.map((read) => typed(read, schema, diagnostics)).filter((document) => document !== undefined);
}

/** A whole YAML file against its schema; an empty file is an empty object. */
export function validateYamlDocument<S extends z.ZodType>(schema: S, source: YamlSource, diagnostics: Diagnostic[]): YamlDocument<z.output<S>> | undefined {
	if (source.value === undefined) return undefined;
	const result = schema.safeParse(source.value ?? {}, { reportInput: true });
	if (!result.success) {
		diagnostics.push(...zodDiagnostics(result.error, source));
		return undefined;
	}
	return { file: source.file, data: result.data, source };
}

/**
 * adaptations.yaml, validated item by item: an invalid entry is reported and
 * left out, and the valid ones still go through the cross-checks.
 */
export function validateAdaptations(source: YamlSource, diagnostics: Diagnostic[]): YamlDocument<Adaptations> | undefined {
	if (source.value === undefined) return undefined;
	const lists = z.looseObject({ practices: z.array(z.unknown()).default([]), added: z.array(z.unknown()).default([]), sections: z.array(z.unknown()).default([]) });
	const shape = lists.safeParse(source.value ?? {}, { reportInput: true });
	if (!shape.success) {
		diagnostics.push(...zodDiagnostics(shape.error, source));
		return undefined;
	}
	const valid: Record<string, unknown[]> = {};
	for (const [list, schema] of Object.entries(adaptationListSchemas)) {
		valid[list] = (shape.data[list as keyof typeof adaptationListSchemas] as unknown[]).flatMap((item, index) => {
			const result = (schema as z.ZodType).safeParse(item, { reportInput: true });
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
	return { file: source.file, data: { ...rest.data, ...valid } as Adaptations, source };
}
