/** The Certification page's tier table: prerequisites per tier and cumulated, credits and their points, as the edition has them. */
import { describe, expect, it } from 'vitest';
import { certificationView } from '../../../src/views/certification.ts';
import { miniPublication } from './mini-publication.ts';

describe('certificationView', () => {
	it('counts the base practices per tier, prerequisites cumulated from the lowest tier', () => {
		const view = certificationView(miniPublication(), 'base', 'en');
		expect(view.rows).toEqual([
			{ id: 'silver', minPointsPercent: 10, prerequisites: 1, cumulativePrerequisites: 1, credits: 1, creditPoints: 2 },
			{ id: 'gold', minPointsPercent: 40, prerequisites: 1, cumulativePrerequisites: 2, credits: 1, creditPoints: 3 },
			{ id: 'platinum', minPointsPercent: 70, prerequisites: 1, cumulativePrerequisites: 3, credits: 1, creditPoints: 1 },
		]);
		expect(view.totalPoints).toBe(6);
		expect(view.partialCreditPercent).toBe(50);
	});

	it('follows the edition: a moved tier, added practices and chapters count; a practice not applicable leaves the table', () => {
		const view = certificationView(miniPublication(), 'xx', 'en');
		// ALP-2 (2 points) moves to gold; XX-ALP-1 (silver, 3 points) and the own chapter's XX-LOC-1 and XX-LOC-2 join; BET-2 does not apply.
		expect(view.rows).toEqual([
			{ id: 'silver', minPointsPercent: 10, prerequisites: 2, cumulativePrerequisites: 2, credits: 1, creditPoints: 3 },
			{ id: 'gold', minPointsPercent: 40, prerequisites: 1, cumulativePrerequisites: 3, credits: 3, creditPoints: 6 },
			{ id: 'platinum', minPointsPercent: 70, prerequisites: 1, cumulativePrerequisites: 4, credits: 0, creditPoints: 0 },
		]);
		// Bonus points of a regional priority are not in the total.
		expect(view.totalPoints).toBe(9);
	});

	it("counts only the chapters of the reader's locale: the edition's own chapter is in English only", () => {
		const [silver] = certificationView(miniPublication(), 'xx', 'fr').rows;
		expect(silver).toEqual({ id: 'silver', minPointsPercent: 10, prerequisites: 1, cumulativePrerequisites: 1, credits: 1, creditPoints: 3 });
	});
});
