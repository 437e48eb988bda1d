/**
 * What search finds: one record per practice of an edition in a locale, with
 * the edition's adaptations applied (the same data as the exports). Pagefind
 * indexes these records online; the offline index carries the same records
 * as a classic script, their text as the stemmed terms it holds, so both find
 * the same practices.
 */
import type { TFunction } from 'i18next';
import type { Publication } from '../content/types.ts';
import { practicesExport } from '../views/practice-view.ts';
import type { TierId } from '../schemas/tier.ts';

export interface SearchRecord {
	/** @example INC-3 */
	id: string;
	title: string;
	/** @example gold */
	tierId: TierId;
	/** Tier label in the reader's language. @example Gold */
	tier: string;
	/** Chapter label in the reader's language. @example INC · Critical incident public protocol */
	chapter: string;
	/** Relative to the edition's locale folder. @example critical-incident-protocol.html#INC-3 */
	href: string;
	statement: string;
	/** Every searchable word of the practice, statement first. */
	text: string;
}

export function searchRecords(publication: Publication, edition: string, locale: string, t: TFunction): SearchRecord[] {
	return practicesExport(publication, edition, locale).chapters.flatMap((chapter) =>
		chapter.practices.map((practice) => ({
			id: practice.id,
			title: practice.title,
			tierId: practice.tier,
			tier: t(`reading:tier.${practice.tier}`),
			chapter: `${chapter.code} · ${chapter.title}`,
			href: `${chapter.slug}.html#${practice.id}`,
			statement: practice.statement,
			text: [
				practice.id,
				practice.title,
				practice.statement,
				practice.rationale,
				...practice.implementation,
				...practice.evidence,
				practice.note,
				practice.guidance,
				practice.reason,
			]
				.filter((part): part is string => Boolean(part))
				.join('\n'),
		})),
	);
}
