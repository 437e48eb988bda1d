import type { ZodError, core } from 'zod';
import { catalog } from '../diagnostics/catalog.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { YamlSource } from '../utils/yaml-source.ts';

/**
 * Turn zod issues into one diagnostic per issue, located at the field and prefixed with its path.
 * @param prefix path of the parsed value inside the file, when only a part of it was parsed.
 */
export function zodDiagnostics(error: ZodError, source: YamlSource, prefix: ReadonlyArray<string | number> = []): Diagnostic[] {
	// An unknown key is reported at the key itself, one diagnostic per key, since that is where the typo is.
	const issues = error.issues.flatMap((issue): core.$ZodIssue[] =>
		issue.code === 'unrecognized_keys'
			? issue.keys.map((key) => ({ ...issue, path: [...issue.path, key], message: `this field is not part of the schema. Check its spelling, or remove it.` }))
			: [issue],
	);
	return issues.map((issue) => {
		const path = [...prefix, ...issue.path.filter((key): key is string | number => typeof key !== 'symbol')];
		const missingKey = issue.code === 'invalid_type' && issue.input === undefined;
		const where = path.length ? `${path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('').replace(/^\./, '')}: ` : '';
		const message = missingKey ? `${where}this required field is missing. ${issue.message}` : `${where}${issue.message}`;
		return {
			file: source.file,
			...source.locate(path),
			code: 'InvalidField',
			message: catalog.InvalidField.message(message),
			hint: catalog.InvalidField.hint,
			severity: 'error',
		};
	});
}
