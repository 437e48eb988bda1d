/**
 * A UI string with some of its values rendered as markup (a name with its
 * own `lang`): the string is translated with a mark in place of each of
 * those values (`slotMarks`), then cut into text and the slots where they
 * go, in the translation's order (`richParts`). So the key stays a literal
 * key in a call of the translator, which the string checks see. Pure.
 */
export type RichPart = string | { slot: string };

const mark = (index: number) => `\u{e000}${index}\u{e001}`;

/** The interpolation values that mark where each slot goes. */
export function slotMarks(slots: readonly string[]): Record<string, string> {
	return Object.fromEntries(slots.map((slot, index) => [slot, mark(index)]));
}

export function richParts(text: string, slots: readonly string[]): RichPart[] {
	return text
		.split(/\u{e000}(\d+)\u{e001}/u)
		.map((part, index): RichPart => (index % 2 ? { slot: slots[Number(part)]! } : part))
		.filter((part) => part !== '');
}
