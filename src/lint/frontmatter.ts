/**
 * The frontmatter of a linted file (remark-frontmatter's `yaml` node), read
 * with positions by the same code as `npm run check`, so that a rule can
 * point at the line of any field.
 */
import type { Root } from 'mdast';
import { parseYamlSource, type YamlSource } from '../utils/yaml-source.ts';

/** The readable frontmatter, or undefined when there is none or its YAML is broken (`check` reports that). */
export function frontmatterOf(tree: Root, file: string): YamlSource | undefined {
	const node = tree.children.find((child) => child.type === 'yaml');
	if (!node?.position) return undefined;
	const source = parseYamlSource(file, node.value, node.position.start.line + 1);
	return source.value === undefined ? undefined : source;
}

/** A field of the frontmatter as a record, or an empty one. */
export function fieldsOf(source: YamlSource | undefined): Record<string, unknown> {
	const value = source?.value;
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
