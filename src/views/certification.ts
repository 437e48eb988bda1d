/**
 * The certification rules as one edition's reader sees them, for the
 * Certification page: per tier, the prerequisites it adds and those it needs
 * in all, the share of credit points it needs, and the credits it offers.
 * The edition's own practices count; those it marks not applicable do not
 * (they leave the denominator). Pure.
 */
import type { Publication } from '../content/types.ts';
import { editionChapters } from '../resolve/edition-view.ts';
import type { ScoringRules, TierRule } from '../schemas/template.ts';
import { tierIds } from '../schemas/tier.ts';

/** One tier: its rule from `content/template.yaml` and what the edition's practices give it. */
export interface CertificationRow extends TierRule {
	/** Prerequisites of this tier. */
	prerequisites: number;
	/** Prerequisites of this tier and of every tier below it: all that a body must meet to reach it. */
	cumulativePrerequisites: number;
	/** Credits of this tier. */
	credits: number;
	/** The points those credits earn. */
	creditPoints: number;
}

export interface CertificationView {
	/** The tiers, lowest first. */
	rows: CertificationRow[];
	/** Every applicable point of the edition, bonuses aside. */
	totalPoints: number;
	partialCreditPercent: ScoringRules['partialCreditPercent'];
}

export function certificationView(publication: Publication, edition: string, locale: string): CertificationView {
	const { scoring } = publication.template;
	const practices = editionChapters(publication, edition, locale)
		.flatMap((chapter) => chapter.data.practices)
		.filter((practice) => !practice.mark?.notApplicable);
	const rows = scoring.tiers.map((rule, index): CertificationRow => {
		const credits = practices.filter((practice) => practice.kind === 'credit' && practice.tier === rule.id);
		return {
			...rule,
			prerequisites: practices.filter((practice) => practice.kind === 'prerequisite' && practice.tier === rule.id).length,
			cumulativePrerequisites: practices.filter((practice) => practice.kind === 'prerequisite' && tierIds.indexOf(practice.tier) <= index).length,
			credits: credits.length,
			creditPoints: credits.reduce((sum, practice) => sum + (practice.points ?? 0), 0),
		};
	});
	return {
		rows,
		totalPoints: practices.reduce((sum, practice) => sum + (practice.points ?? 0), 0),
		partialCreditPercent: scoring.partialCreditPercent,
	};
}
