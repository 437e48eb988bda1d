/**
 * Drift: an adaptation records the base text it was written against; when
 * the base has changed since, the adaptation is stale and a reviewer gets a
 * readable diff of the base text, as it was and as it is now.
 */
import { diffWords } from 'diff';
import type { Publication } from '../content/types.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { BaseRecord } from '../schemas/edition.ts';
import { practiceHash, practiceText, sectionHash, sectionText } from '../content/base-elements.ts';
import type { EditionDocument } from '../content/types.ts';

export interface BaseElement {
	/** @example practice INC-1 / section critical-incident-protocol#adapting */
	label: string;
	/** Path of the adaptation in adaptations.yaml. */
	path: Array<string | number>;
	recorded: BaseRecord | undefined;
	current: { hash: string; text: string } | undefined;
}

/** Every base element an edition's adaptations were written against, with what is recorded and what is there now. */
export function baseElements(publication: Publication, edition: EditionDocument): BaseElement[] {
	const practices = publication.chapters.flatMap((chapter) => chapter.data.practices);
	const elements: BaseElement[] = edition.adaptations.data.practices.map((adaptation, index) => {
		const practice = practices.find((candidate) => candidate.id === adaptation.practice);
		return {
			label: `practice ${adaptation.practice}`,
			path: ['practices', index],
			recorded: adaptation.base,
			current: practice && { hash: practiceHash(practice), text: practiceText(practice) },
		};
	});
	edition.adaptations.data.sections.forEach((section, index) => {
		if (section.mode === 'append' || !section.anchor) return;
		const chapter = publication.chapters.find((candidate) => candidate.name === section.chapter);
		const text = chapter && sectionText(chapter.body, section.anchor);
		elements.push({
			label: `section ${section.chapter}#${section.anchor}`,
			path: ['sections', index],
			recorded: section.base,
			current: text === undefined ? undefined : { hash: sectionHash(chapter!.body, section.anchor)!, text },
		});
	});
	return elements;
}

export interface StaleAdaptation {
	edition: string;
	/** adaptations.yaml, and the line of the adaptation. */
	file: string;
	line: number;
	label: string;
	/** The edition's locales: every one of them is affected. */
	locales: string[];
	diff: string;
}

/** Word diff of two texts, as `[-removed-]{+added+}` in context, one line per changed line. */
export function readableDiff(before: string, after: string): string {
	const parts = diffWords(before, after);
	const marked = parts.map((part) => (part.added ? `{+${part.value}+}` : part.removed ? `[-${part.value}-]` : part.value)).join('');
	return marked
		.split('\n')
		.filter((line) => line.includes('{+') || line.includes('[-'))
		.join('\n');
}

export function staleAdaptations(publication: Publication): StaleAdaptation[] {
	return publication.editions.flatMap((edition) =>
		baseElements(publication, edition)
			.filter((element) => element.recorded && element.current && element.recorded.hash !== element.current.hash)
			.map((element) => ({
				edition: edition.manifest.data.code,
				file: edition.adaptations.file,
				line: edition.adaptations.source.locate(element.path).line,
				label: element.label,
				locales: edition.manifest.data.locales,
				diff: readableDiff(element.recorded!.text, element.current!.text),
			})),
	);
}

/** Adaptations that record no base yet (new ones, before npm run editions:accept): warnings, errors in a strict build. */
export function unrecordedAdaptations(publication: Publication): Diagnostic[] {
	return publication.editions.flatMap((edition) =>
		baseElements(publication, edition)
			.filter((element) => !element.recorded && element.current)
			.map((element) => ({
				...diagnostic('UnrecordedAdaptation', edition.adaptations.file, edition.adaptations.source.locate(element.path), element.label, edition.manifest.data.code),
				severity: 'warning' as const,
			})),
	);
}
