/** Reads an XLIFF 1.2 translation kit back into segments. */
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import type { InlineNode } from './inline.ts';
import { KIT_NAMESPACE, XLIFF_NAMESPACE } from './write-xliff.ts';

export interface ReadUnit {
	id: string;
	source: InlineNode[];
	/** Undefined when the unit has no target or an empty one. */
	target: InlineNode[] | undefined;
}

export interface ReadFile {
	original: string;
	kind: string;
	name: string;
	targetFile: string;
	sourceHash: string;
	targetLanguage: string;
	units: ReadUnit[];
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

function children(node: Node): Node[] {
	const list: Node[] = [];
	for (let child = node.firstChild; child; child = child.nextSibling) list.push(child);
	return list;
}

function elements(node: Node, localName: string): Element[] {
	return children(node).filter((child): child is Element => child.nodeType === ELEMENT_NODE && (child as Element).localName === localName);
}

function inline(node: Node): InlineNode[] {
	return children(node).flatMap((child): InlineNode[] => {
		if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) return [{ type: 'text', value: child.nodeValue ?? '' }];
		if (child.nodeType !== ELEMENT_NODE) return [];
		const element = child as Element;
		const id = element.getAttribute('id') ?? '';
		if (element.localName === 'g') {
			const ctype = element.getAttribute('ctype');
			return [{ type: 'g', id, ctype: ctype === 'bold' || ctype === 'italic' ? ctype : 'link', children: inline(element) }];
		}
		if (element.localName === 'x' || element.localName === 'ph' || element.localName === 'bx' || element.localName === 'ex') {
			return [{ type: 'x', id, ctype: (element.getAttribute('ctype') ?? 'x-code') as never, equiv: element.getAttribute('equiv-text') ?? '' }];
		}
		// Tools may wrap text in <mrk> (for example for segmentation): keep its text.
		return inline(element);
	});
}

export class XliffError extends Error {}

export function readXliff(text: string): ReadFile[] {
	const errors: string[] = [];
	const document = new DOMParser({ onError: (level, message) => level !== 'warning' && errors.push(message) }).parseFromString(text, 'text/xml');
	if (errors.length) throw new XliffError(`The file is not well-formed XML: ${errors[0]}`);
	const root = document.documentElement;
	if (!root || root.localName !== 'xliff' || root.getAttribute('version') !== '1.2') throw new XliffError('The file is not XLIFF 1.2 (no <xliff version="1.2"> root).');
	return elements(root, 'file').map((file) => {
		const body = elements(file, 'body')[0];
		const units = body ? [...elements(body, 'trans-unit'), ...elements(body, 'group').flatMap((group) => elements(group, 'trans-unit'))] : [];
		return {
			original: file.getAttribute('original') ?? '',
			kind: file.getAttributeNS(KIT_NAMESPACE, 'kind') ?? '',
			name: file.getAttributeNS(KIT_NAMESPACE, 'name') ?? '',
			targetFile: file.getAttributeNS(KIT_NAMESPACE, 'target-file') ?? '',
			sourceHash: file.getAttributeNS(KIT_NAMESPACE, 'source-hash') ?? '',
			targetLanguage: file.getAttribute('target-language') ?? '',
			units: units.map((unit) => {
				const source = elements(unit, 'source')[0];
				const target = elements(unit, 'target')[0];
				const targetNodes = target ? inline(target) : undefined;
				const empty = !targetNodes || targetNodes.every((node) => node.type === 'text' && !node.value.trim());
				return { id: unit.getAttribute('id') ?? '', source: source ? inline(source) : [], target: empty ? undefined : targetNodes };
			}),
		};
	});
}

export { XLIFF_NAMESPACE };
