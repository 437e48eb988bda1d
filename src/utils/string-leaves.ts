/** Every string inside a parsed YAML or JSON value, with its path, in document order. */
export function stringLeaves(value: unknown, path: Array<string | number> = []): Array<{ path: Array<string | number>; text: string }> {
	if (typeof value === 'string') return [{ path, text: value }];
	if (Array.isArray(value)) return value.flatMap((item, index) => stringLeaves(item, [...path, index]));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => stringLeaves(inner, [...path, key]));
	return [];
}
