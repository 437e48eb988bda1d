/** Reads an XLIFF 1.2 translation kit back into segments. */
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import type { InlineNode } from './inline.ts';
import { XLIFF_NAMESPACE } from './write-xliff.ts';

export interface ReadUnit {
	id: string;
	/** Line of the `<trans-unit>` in the kit. */
	line: number;
	source: InlineNode[];
	/** Undefined when the unit has no target or an empty one. */
	target: InlineNode[] | undefined;
	/** The target's XLIFF `state` (`translated`, `needs-review-translation`, `final`…), when it has one. */
	state: string | undefined;
}

export interface ReadFile {
	/** The English file the document translates. */
	original: string;
	/** Line of the `<file>` in the kit. */
	line: number;
	targetLanguage: string;
	/** `product-name` and `product-version`: what the kit is for, and which template version. */
	product: string;
	version: string;
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

/** A kit that cannot be read, with the line where the problem is when there is one. */
export class XliffError extends Error {
	readonly line: number | undefined;
	constructor(message: string, line?: number) {
		super(message);
		this.line = line;
	}
}

const REEXPORT = 'Save it again from your translation tool and import that file; if the file itself is damaged, export a new kit with npm run l10n:export.';

/** Where `offset` falls in `text`, as a 1-based line. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

export function readXliff(text: string): ReadFile[] {
	// A kit never needs a DTD; its entities could expand without bound or read local files. xmldom refuses them too, but not with a line or a way out.
	const doctype = /<!(DOCTYPE|ENTITY)\b/i.exec(text);
	if (doctype) {
		throw new XliffError(
			`The file has a <!${doctype[1]!.toUpperCase()} declaration, which a translation kit never needs and which is refused because its entities can expand without bound or read local files. Remove the DOCTYPE (from "<!DOCTYPE" to the "]>" or ">" that closes it) and any entity such as &name; in the text, then import again.`,
			lineAt(text, doctype.index),
		);
	}
	const errors: Array<{ message: string; line: number | undefined }> = [];
	let document;
	try {
		document = new DOMParser({
			onError: (level, message, context: { locator?: { lineNumber?: number } } | undefined) => {
				if (level !== 'warning') errors.push({ message, line: context?.locator?.lineNumber });
			},
		}).parseFromString(text, 'text/xml');
	} catch (error) {
		// xmldom throws on a fatal error, such as a file cut off in the middle or a mismatched closing tag.
		const locator = (error as { locator?: { lineNumber?: number } }).locator;
		errors.unshift({ message: error instanceof Error ? error.message : String(error), line: locator?.lineNumber });
	}
	if (errors.length || !document) {
		const { message, line } = errors[0] ?? { message: 'it could not be parsed', line: undefined };
		const detail = message.split('\n')[0]!.replace(/\s*@#\[line:.*$/, '');
		throw new XliffError(`The file is not well-formed XML (${detail}); it may have been cut short or damaged when edited. ${REEXPORT}`, line && line > 0 ? line : undefined);
	}
	const root = document.documentElement;
	if (!root || root.localName !== 'xliff' || root.getAttribute('version') !== '1.2') throw new XliffError('The file is not XLIFF 1.2 (no <xliff version="1.2"> root).');
	const lineOf = (node: Node) => (node as { lineNumber?: number }).lineNumber ?? 1;
	return elements(root, 'file').map((file) => {
		const body = elements(file, 'body')[0];
		const units = body ? [...elements(body, 'trans-unit'), ...elements(body, 'group').flatMap((group) => elements(group, 'trans-unit'))] : [];
		return {
			original: file.getAttribute('original') ?? '',
			line: lineOf(file),
			targetLanguage: file.getAttribute('target-language') ?? '',
			product: file.getAttribute('product-name') ?? '',
			version: file.getAttribute('product-version') ?? '',
			units: units.map((unit) => {
				const source = elements(unit, 'source')[0];
				const target = elements(unit, 'target')[0];
				const targetNodes = target ? inline(target) : undefined;
				const empty = !targetNodes || targetNodes.every((node) => node.type === 'text' && !node.value.trim());
				return {
					id: unit.getAttribute('id') ?? '',
					line: lineOf(unit),
					source: source ? inline(source) : [],
					target: empty ? undefined : targetNodes,
					state: target?.getAttribute('state') || undefined,
				};
			}),
		};
	});
}

export { XLIFF_NAMESPACE };
