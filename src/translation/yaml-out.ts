/** YAML as people write it in this repository: long text as folded blocks, wrapped at 80 columns. */
import { Document, isScalar, visit } from 'yaml';

export function toYaml(value: unknown, comment?: string): string {
	const document = new Document(value);
	visit(document, {
		Scalar(_key, node) {
			if (isScalar(node) && typeof node.value === 'string' && (node.value.length > 60 || node.value.includes('\n'))) node.type = 'BLOCK_FOLDED';
		},
	});
	if (comment) document.commentBefore = ` ${comment}`;
	return document.toString({ lineWidth: 80, minContentWidth: 40, blockQuote: 'folded' });
}
