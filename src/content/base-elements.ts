/**
 * The base elements an edition can adapt (a practice, a section of a
 * chapter's prose), as text and as a content hash. An adaptation records
 * both when it is written; when the hash changes, the adaptation is stale
 * and the recorded text gives the diff.
 */
import type { Practice } from '../schemas/practice.ts';
import { contentHash } from './content-hash.ts';
import { normalizedBody, parseBody } from '../markdown/mdx-body.ts';

/** A practice as one readable text: what a reviewer compares when it changes. */
export function practiceText(practice: Practice): string {
	return [
		`${practice.id} ${practice.title} (${practice.tier} ${practice.kind}${practice.points ? `, ${practice.points} points` : ''})`,
		practice.statement,
		practice.rationale,
		...practice.implementation.map((step, index) => `${index + 1}. ${step}`),
		...practice.evidence.map((item) => `- ${item}`),
	].join('\n');
}

export function practiceHash(practice: Practice): string {
	return contentHash(practiceText(practice));
}

interface HeadingNode {
	type: string;
	depth?: number;
	data?: { hProperties?: { id?: unknown } };
	position?: { start: { offset?: number } };
}

/** The Markdown of one section of a body: its heading line to the next heading of the same or a higher level. */
export function sectionText(body: string, anchor: string): string | undefined {
	const blocks = (parseBody(body) as { children?: HeadingNode[] }).children ?? [];
	const start = blocks.findIndex((block) => block.type === 'heading' && block.data?.hProperties?.id === anchor);
	if (start === -1) return undefined;
	const depth = blocks[start]!.depth ?? 2;
	const end = blocks.findIndex((block, index) => index > start && block.type === 'heading' && (block.depth ?? 2) <= depth);
	const from = blocks[start]!.position!.start.offset!;
	const to = end === -1 ? body.length : blocks[end]!.position!.start.offset!;
	return body.slice(from, to).trim();
}

export function sectionHash(body: string, anchor: string): string | undefined {
	const text = sectionText(body, anchor);
	return text === undefined ? undefined : contentHash(normalizedBody(text));
}
