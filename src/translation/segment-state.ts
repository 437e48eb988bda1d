/**
 * Which segments of a translation are outdated: translated from an English
 * text that has changed since, and not yet changed or marked reviewed by a
 * translator. Per segment (a practice field, a prose paragraph, a UI
 * string), so that one changed word in the English asks for one segment to
 * be reviewed, not a whole chapter.
 */
import { collapse } from '../markdown/mdx-body.ts';
import { toXliff } from './xliff/inline.ts';
import type { Segment } from './xliff/segments.ts';

export interface SegmentHistory {
	/** Whether the translation records the current source. */
	recordsCurrentSource: boolean;
	/** The English segments as they were at the recorded source, when the history has them. */
	before: readonly Segment[] | undefined;
	/** The segments the translation lists as still to review (its `outdated:` field). */
	listed: readonly string[];
}

const text = (segment: Segment) => collapse(toXliff(segment.nodes)).trim();

/** The IDs of the segments that are outdated, in the order of `current`. */
export function outdatedSegments(current: readonly Segment[], history: SegmentHistory): string[] {
	const listed = new Set(history.listed);
	if (history.recordsCurrentSource) return current.filter((segment) => listed.has(segment.id)).map((segment) => segment.id);
	// The source moved and its earlier version is unknown: nothing says which segments still match.
	if (!history.before) return current.map((segment) => segment.id);
	const before = new Map(history.before.map((segment) => [segment.id, text(segment)]));
	return current.filter((segment) => listed.has(segment.id) || before.get(segment.id) !== text(segment)).map((segment) => segment.id);
}
