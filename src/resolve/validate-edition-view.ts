/**
 * The overlay checked after it is applied, as Lunaria checks a config again
 * after integrations change it: each edition × locale, resolved, must still
 * be a publication the pages can show. No two practices share an ID, no
 * two sections of a chapter (or a section and a practice, or a part of the
 * page template) share an anchor, no term marker is left unresolved, and
 * each practice still passes the practice schema. Errors name the file and
 * line of the adaptation that causes them.
 */
import type { Publication } from '../content/types.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { termMarkers } from '../markdown/term-markers.ts';
import { practiceSchema } from '../schemas/practice.ts';
import { z } from 'zod';
import { editionChapters, editionOf, type EditionChapter, type EditionPractice } from './edition-view.ts';
import { publishedEditions } from './editions.ts';
import type { Position } from '../utils/yaml-source.ts';

/** IDs the page template gives its own parts: a section may not take them (the same list the lint holds). */
export interface OverlayRules {
	reservedAnchors: readonly string[];
}

interface Place {
	file: string;
	position: Position;
}

/** An edition's practice with any ID shape: the overlay may add `XK-DAT-1`. */
const resolvedPracticeSchema = practiceSchema.safeExtend({ id: z.string().min(1) });

export function validateEditionViews(publication: Publication, rules: OverlayRules): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	for (const edition of publishedEditions(publication)) {
		const document = editionOf(publication, edition.code);
		const adaptations = document?.adaptations;
		// Where a part of the resolved edition comes from: the adaptation that made it, else the base or own chapter file.
		const practicePlace = (chapter: EditionChapter, practice: EditionPractice): Place => {
			const adapted = adaptations?.data.practices.findIndex((candidate) => candidate.practice === practice.id) ?? -1;
			if (adaptations && adapted !== -1) return { file: adaptations.file, position: adaptations.source.locate(['practices', adapted]) };
			const added = adaptations?.data.added.findIndex((candidate) => candidate.id === practice.id) ?? -1;
			if (adaptations && added !== -1) return { file: adaptations.file, position: adaptations.source.locate(['added', added]) };
			return { file: chapter.file, position: { line: 1, column: 1 } };
		};
		const sectionPlace = (chapter: EditionChapter, id: string): Place => {
			const index =
				adaptations?.data.sections.findIndex((section) => section.chapter === chapter.data.slug && (section.mode === 'replace' ? section.anchor : section.newAnchor) === id) ?? -1;
			return adaptations && index !== -1
				? { file: adaptations.file, position: adaptations.source.locate(['sections', index]) }
				: { file: chapter.file, position: { line: 1, column: 1 } };
		};
		// One message per problem, naming every locale it is found in.
		const found = new Map<string, { place: Place; what: string; problem: string; locales: string[] }>();
		const report = (place: Place, what: string, problem: string) => {
			const key = `${place.file}:${place.position.line}:${place.position.column} ${what} ${problem}`;
			const entry = found.get(key) ?? { place, what, problem, locales: [] };
			entry.locales.push(currentLocale);
			found.set(key, entry);
		};
		let currentLocale = '';
		for (const locale of edition.locales) {
			currentLocale = locale;
			const chapters = editionChapters(publication, edition.code, locale);
			const practiceIds = new Map<string, string>();
			for (const chapter of chapters) {
				const anchors = new Map<string, string>(rules.reservedAnchors.map((anchor) => [anchor, 'a part of the page']));
				for (const practice of chapter.data.practices) anchors.set(practice.id, `the practice ${practice.id}`);
				for (const section of chapter.outline) {
					const other = anchors.get(section.id);
					if (other) report(sectionPlace(chapter, section.id), `The section {#${section.id}} of ${chapter.data.slug}`, `has the anchor of ${other}`);
					anchors.set(section.id, `the section {#${section.id}}`);
					const texts = [section.title, section.overlay?.markdown ?? ''];
					if (texts.some((text) => termMarkers().test(text)))
						report(sectionPlace(chapter, section.id), `The section {#${section.id}} of ${chapter.data.slug}`, 'still shows a term marker');
				}
				for (const practice of chapter.data.practices) {
					const place = practicePlace(chapter, practice);
					const first = practiceIds.get(practice.id);
					if (first) report(place, `The practice ${practice.id}`, `appears twice, in ${first} and ${chapter.data.slug}`);
					practiceIds.set(practice.id, chapter.data.slug);
					const { mark: _mark, bonus: _bonus, bonusReason: _reason, ...fields } = practice;
					const parsed = resolvedPracticeSchema.safeParse(fields);
					if (!parsed.success)
						report(place, `The practice ${practice.id}`, `is no longer valid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
					const words = [
						practice.title,
						practice.statement,
						practice.rationale,
						...practice.implementation,
						...practice.evidence,
						practice.question ?? '',
						practice.mark?.note ?? '',
						practice.mark?.guidance ?? '',
						practice.mark?.notApplicable ?? '',
					];
					if (words.some((text) => termMarkers().test(text))) report(place, `The practice ${practice.id}`, 'still shows a term marker');
				}
			}
		}
		for (const { place, what, problem, locales } of found.values()) {
			diagnostics.push(diagnostic('OverlayInvalid', place.file, place.position, `${what} (${locales.join(', ')})`, edition.code, problem));
		}
	}
	return diagnostics;
}
