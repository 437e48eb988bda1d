/**
 * The page each named destination of a PDF lands on. Chromium writes a
 * destination for every element that an internal link targets, as plain
 * (uncompressed) objects: `/Dests` maps names to `[<page> 0 R /XYZ …]`, and
 * the page tree orders the pages. That is how the table of contents learns its
 * page numbers without a PDF library.
 */
function objects(pdf: string): Map<number, string> {
	const found = new Map<number, string>();
	for (const match of pdf.matchAll(/(?:^|\n)(\d+) 0 obj\s*([\s\S]*?)\nendobj/g)) found.set(Number(match[1]), match[2]!);
	return found;
}

function pageOrder(all: Map<number, string>, node: number, pages: number[]): void {
	const body = all.get(node) ?? '';
	if (/\/Type\s*\/Pages\b/.test(body)) {
		const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
		for (const kid of kids.matchAll(/(\d+) 0 R/g)) pageOrder(all, Number(kid[1]), pages);
	} else pages.push(node);
}

/** Destination name → page number (from 1). */
export function namedDestinationPages(bytes: Uint8Array): Map<string, number> {
	const pdf = Buffer.from(bytes).toString('latin1');
	const all = objects(pdf);
	const catalog = [...all.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body));
	const root = Number(/\/Pages (\d+) 0 R/.exec(catalog ?? '')?.[1]);
	const destsRef = Number(/\/Dests (\d+) 0 R/.exec(catalog ?? '')?.[1]);
	const pages: number[] = [];
	pageOrder(all, root, pages);
	const result = new Map<string, number>();
	for (const match of (all.get(destsRef) ?? '').matchAll(/\/([^\s[/]+)\s*\[(\d+) 0 R/g)) {
		const name = match[1]!.replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
		result.set(name, pages.indexOf(Number(match[2])) + 1);
	}
	return result;
}
