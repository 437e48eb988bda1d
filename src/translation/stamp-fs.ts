/**
 * Records in a translation file which source it matches, by writing the
 * source's content hash into its `source:` field, and that nothing is left
 * to review (no `outdated:` list). Only those values change; the rest of
 * the file keeps its bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isMap, isPair, isScalar, parseDocument } from 'yaml';
import { splitFrontmatter } from '../markdown/frontmatter.ts';
import { setTopLevelList } from './yaml-edit.ts';

export function withSourceHash(text: string, hash: string, isYamlFile: boolean): string {
	const split = isYamlFile ? undefined : splitFrontmatter(text);
	if (split && split.frontmatter === undefined) throw new Error('The file has no frontmatter block.');
	const yamlText = split ? split.frontmatter! : text;
	// Offset of the YAML inside the file: after the opening "---\n" for MDX.
	const base = split ? text.indexOf('\n') + 1 : 0;
	const document = parseDocument(yamlText);
	const contents = document.contents;
	if (isMap(contents)) {
		const pair = contents.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === 'source');
		const range = pair && isScalar(pair.value) ? pair.value.range : undefined;
		if (range) return text.slice(0, base + range[0]) + hash + text.slice(base + range[1]);
		if (pair) throw new Error('The source field is not a plain value.');
		// No source field yet: add it as the first field, after any leading comments.
		const first = contents.items[0];
		const offset = first && isScalar(first.key) && first.key.range ? first.key.range[0] : yamlText.length;
		return `${text.slice(0, base + offset)}source: ${hash}\n${text.slice(base + offset)}`;
	}
	throw new Error('The YAML is not a map of fields.');
}

/** The file without its `outdated:` list: the translator says every segment matches the source now. */
function withoutOutdated(text: string, isYamlFile: boolean): string {
	if (isYamlFile) return setTopLevelList(text, 'outdated', [], 'source');
	const split = splitFrontmatter(text);
	if (split.frontmatter === undefined) return text;
	const yaml = setTopLevelList(`${split.frontmatter}\n`, 'outdated', [], 'source');
	return yaml === `${split.frontmatter}\n` ? text : `---\n${yaml}---\n${split.body}`;
}

export function stampFile(absolute: string, hash: string): boolean {
	const text = readFileSync(absolute, 'utf8');
	const stamped = withoutOutdated(withSourceHash(text, hash, absolute.endsWith('.yaml')), absolute.endsWith('.yaml'));
	if (stamped === text) return false;
	writeFileSync(absolute, stamped);
	return true;
}
