/**
 * French typography (french-typography.ts) applied to an HTML page: parsed
 * with parse5 (the WHATWG parser, with the source offset of every node and
 * attribute), changed only in the French text a reader sees, and written back
 * by splicing those few changes into the original bytes, so every other byte
 * (markup, entities, attribute quoting) stays as it was.
 *
 * What it changes, where the element's language (`lang`, inherited) is French:
 * - text nodes. The text of one block (a paragraph, a heading, a list item…)
 *   is read as one string across its inline elements, so `<strong>Attention</strong>!`
 *   gets its space too; `code`, `kbd` and `samp`, and text in another
 *   language (`<cite lang="en">`), are read for context and never changed;
 * - the human-readable attributes: `title`, `alt`, `aria-label`,
 *   `aria-description`, `placeholder`, and the `content` of the description
 *   and title `<meta>`s;
 * - the strings of a JSON data island (`<script type="application/json">`),
 *   which a client script shows: the search page's and the tools' words.
 * Never: `pre`, `script` (other than JSON islands), `style`, `textarea`,
 * `template`, `svg`, `math`, other attributes, comments.
 */
import { parse, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { frenchTypographyEdits, isFrench, typesetFrench, type TypographyEdit } from './french-typography.ts';
import { scriptJson } from './script-json.ts';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;
type TextNode = DefaultTreeAdapterTypes.TextNode;

/** Elements that continue the text of their block. */
const INLINE = new Set([
	'a',
	'abbr',
	'b',
	'bdi',
	'bdo',
	'cite',
	'code',
	'data',
	'del',
	'dfn',
	'em',
	'i',
	'img',
	'ins',
	'kbd',
	'label',
	'mark',
	'q',
	's',
	'samp',
	'small',
	'span',
	'strong',
	'sub',
	'sup',
	'time',
	'u',
	'var',
	'wbr',
]);
/** Inline elements whose text is read for context and never changed. */
const VERBATIM = new Set(['code', 'kbd', 'samp']);
/** Elements whose content is never read. */
const SKIPPED = new Set(['pre', 'script', 'style', 'textarea', 'template', 'svg', 'math']);
const TEXT_ATTRIBUTES = new Set(['title', 'alt', 'aria-label', 'aria-description', 'placeholder']);
const META_TEXT = /^(?:description|og:title|og:description|twitter:title|twitter:description)$/i;
const JSON_TYPES = /^application\/(?:ld\+)?json$/i;

/** A replacement in the page's source. */
interface RawEdit {
	start: number;
	end: number;
	text: string;
}

/** One piece of source (a text node or an attribute value): its raw characters and how they decode. */
interface Piece {
	/** Decoded text. */
	text: string;
	/** Source offset of each decoded position (one more than the text's length: the end); -1 inside a character reference that decodes to several characters. */
	offsets: number[] | undefined;
	editable: boolean;
}

const references = new Map<string, string>();
/** What one character reference decodes to, as the parser reads it. */
function decodeReference(reference: string): string {
	let decoded = references.get(reference);
	if (decoded === undefined) {
		const node = parseFragment(reference).childNodes[0];
		decoded = node && node.nodeName === '#text' ? (node as TextNode).value : reference;
		references.set(reference, decoded);
	}
	return decoded;
}

const REFERENCE = /&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)/y;

/** The source offset of every decoded position of `raw` (which starts at `base`), or undefined when they cannot be matched up with `decoded`. */
function sourceOffsets(raw: string, base: number, decoded: string): number[] | undefined {
	const offsets: number[] = [];
	let text = '';
	for (let index = 0; index < raw.length;) {
		REFERENCE.lastIndex = index;
		const reference = raw[index] === '&' ? REFERENCE.exec(raw) : null;
		const part = reference ? decodeReference(reference[0]) : raw[index]!;
		const length = reference ? reference[0].length : 1;
		for (let char = 0; char < part.length; char++) offsets.push(char === 0 ? base + index : -1);
		text += part;
		index += length;
	}
	offsets.push(base + raw.length);
	return text === decoded ? offsets : undefined;
}

/** Turns edits of a piece's decoded text into source edits; undefined if one falls inside a character reference. */
function sourceEdits(piece: Piece, edits: readonly TypographyEdit[]): RawEdit[] | undefined {
	if (!piece.offsets) return undefined;
	const raw: RawEdit[] = [];
	for (const edit of edits) {
		const start = piece.offsets[edit.start]!;
		const end = piece.offsets[edit.end]!;
		if (start < 0 || end < 0) return undefined;
		raw.push({ start, end, text: edit.text });
	}
	return raw;
}

function attribute(element: Element, name: string): string | undefined {
	return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The value of an attribute as a piece, from its `name="value"` source. */
function attributePiece(html: string, element: Element, name: string, value: string): Piece | undefined {
	const location = element.sourceCodeLocation?.attrs?.[name];
	if (!location) return undefined;
	const source = html.slice(location.startOffset, location.endOffset);
	const match = /^[^\s=]+\s*=\s*(["']?)/.exec(source);
	if (!match) return undefined;
	const start = location.startOffset + match[0].length;
	const end = location.endOffset - (match[1] ? 1 : 0);
	return { text: value, offsets: sourceOffsets(html.slice(start, end), start, value), editable: true };
}

export interface TypesetPage {
	html: string;
	/** How many spaces were set (inserted or replaced). */
	spaces: number;
}

/** A page's French typography as replacements of its source, in order; plain data, so that the build can keep it (src/build/typography.ts). */
export interface PageTypography {
	/** [start, end, text]: the source from start to end becomes text. */
	edits: Array<[number, number, string]>;
	spaces: number;
}

/** Every string of a JSON value typeset; the number of spaces set. */
function typesetJson(value: unknown): { value: unknown; spaces: number } {
	if (typeof value === 'string') {
		const spaces = frenchTypographyEdits(value).length;
		return { value: spaces ? typesetFrench(value) : value, spaces };
	}
	if (Array.isArray(value)) {
		const items = value.map(typesetJson);
		return { value: items.map((item) => item.value), spaces: items.reduce((sum, item) => sum + item.spaces, 0) };
	}
	if (value && typeof value === 'object') {
		const entries = Object.entries(value).map(([key, inner]) => [key, typesetJson(inner)] as const);
		return { value: Object.fromEntries(entries.map(([key, inner]) => [key, inner.value])), spaces: entries.reduce((sum, [, inner]) => sum + inner.spaces, 0) };
	}
	return { value, spaces: 0 };
}

/** The page with French typography in its French text; the same string (and 0) when there is nothing to change. */
export function typesetFrenchHtml(html: string): TypesetPage {
	const typography = frenchHtmlTypography(html);
	return { html: applyTypography(html, typography), spaces: typography.spaces };
}

/** The page with these replacements made. */
export function applyTypography(html: string, typography: PageTypography): string {
	if (!typography.edits.length) return html;
	let out = '';
	let at = 0;
	for (const [start, end, text] of typography.edits) {
		out += html.slice(at, start) + text;
		at = end;
	}
	return out + html.slice(at);
}

/** Where a page's French text gets its spaces. */
export function frenchHtmlTypography(html: string): PageTypography {
	// Scripting off: the words of a `<noscript>` are read as the markup they are.
	const document = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
	const edits: RawEdit[] = [];
	let spaces = 0;
	let run: Piece[] = [];

	const flush = () => {
		const pieces = run;
		run = [];
		if (!pieces.some((piece) => piece.editable)) return;
		const text = pieces.map((piece) => piece.text).join('');
		const starts: number[] = [];
		let at = 0;
		for (const piece of pieces) {
			starts.push(at);
			at += piece.text.length;
		}
		const local = new Map<number, TypographyEdit[]>();
		for (const edit of frenchTypographyEdits(text)) {
			const overlapped = pieces.map((_, index) => index).filter((index) => starts[index]! < edit.end && starts[index]! + pieces[index]!.text.length > edit.start);
			// Where the new space goes: the last piece it replaces in, or, for an insertion, the piece after the point, else the one before.
			const after = pieces.findIndex((piece, index) => starts[index]! <= edit.end && edit.end < starts[index]! + piece.text.length);
			const before = pieces.findIndex((piece, index) => starts[index]! < edit.end && edit.end <= starts[index]! + piece.text.length);
			const receiver =
				overlapped.length > 0 ? overlapped[overlapped.length - 1]! : after >= 0 && pieces[after]!.editable ? after : before >= 0 && pieces[before]!.editable ? before : -1;
			if (receiver < 0 || overlapped.some((index) => !pieces[index]!.editable) || !pieces[receiver]!.editable) continue;
			const parts = new Set([...overlapped, receiver]);
			for (const index of parts) {
				const start = starts[index]!;
				const length = pieces[index]!.text.length;
				const part = { start: Math.max(edit.start, start) - start, end: Math.min(edit.end, start + length) - start, text: index === receiver ? edit.text : '' };
				local.set(index, [...(local.get(index) ?? []), part]);
			}
		}
		const pending: RawEdit[] = [];
		let applied = 0;
		for (const [index, pieceEdits] of local) {
			const raw = sourceEdits(pieces[index]!, pieceEdits);
			if (!raw) return; // A character reference in the way: leave this block as it is.
			pending.push(...raw);
			applied += pieceEdits.filter((edit) => edit.text).length;
		}
		edits.push(...pending);
		spaces += applied;
	};

	const visit = (node: Node, french: boolean, verbatim: boolean) => {
		if (node.nodeName === '#text') {
			const text = node as TextNode;
			const location = text.sourceCodeLocation;
			const editable = french && !verbatim && !!location;
			run.push({
				text: text.value,
				offsets: location ? sourceOffsets(html.slice(location.startOffset, location.endOffset), location.startOffset, text.value) : undefined,
				editable,
			});
			return;
		}
		if (!('tagName' in node)) {
			for (const child of 'childNodes' in node ? node.childNodes : []) visit(child, french, verbatim);
			return;
		}
		const element = node as Element;
		const lang = attribute(element, 'lang') ?? attribute(element, 'xml:lang');
		const isFr = lang === undefined ? french : isFrench(lang);
		if (isFr) {
			const meta = element.tagName === 'meta' && META_TEXT.test(attribute(element, 'name') ?? attribute(element, 'property') ?? '');
			for (const attr of element.attrs) {
				if (!TEXT_ATTRIBUTES.has(attr.name) && !(meta && attr.name === 'content')) continue;
				const piece = attributePiece(html, element, attr.name, attr.value);
				const pieceEdits = piece ? frenchTypographyEdits(piece.text) : [];
				const raw = piece && pieceEdits.length ? sourceEdits(piece, pieceEdits) : undefined;
				if (raw) {
					edits.push(...raw);
					spaces += pieceEdits.length;
				}
			}
		}
		const inline = INLINE.has(element.tagName);
		if (!inline) flush();
		if (element.tagName === 'script' && isFr && JSON_TYPES.test(attribute(element, 'type') ?? '')) {
			const child = element.childNodes[0];
			const location = child?.sourceCodeLocation;
			if (child?.nodeName === '#text' && location) {
				try {
					const typeset = typesetJson(JSON.parse((child as TextNode).value));
					if (typeset.spaces) {
						edits.push({ start: location.startOffset, end: location.endOffset, text: scriptJson(typeset.value) });
						spaces += typeset.spaces;
					}
				} catch {
					// Not JSON after all: left as it is.
				}
			}
		} else if (!SKIPPED.has(element.tagName)) {
			const children = element.tagName === 'template' ? [] : element.childNodes;
			for (const child of children) visit(child, isFr, verbatim || VERBATIM.has(element.tagName));
		}
		if (!inline) flush();
	};

	visit(document, false, false);
	flush();
	if (!edits.length) return { edits: [], spaces: 0 };
	edits.sort((a, b) => a.start - b.start);
	return { edits: edits.map((edit) => [edit.start, edit.end, edit.text]), spaces };
}
