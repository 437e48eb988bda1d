/** The Contributors page lists each person once, with every chapter they worked on, in the reader's order. */
import { describe, expect, it } from 'vitest';
import { credits } from '../../src/views/contributors.ts';

describe('credits', () => {
	it("merges a person across chapters and sorts by name in the reader's language", () => {
		const found = credits(
			[
				{ slug: 'alpha', title: 'Alpha', people: [{ name: 'Zoë Rossi', organisation: 'Observatory' }, { name: 'Émile Durand' }] },
				{
					slug: 'beta',
					title: 'Beta',
					people: [
						{ name: 'Zoë Rossi', organisation: 'Observatory' },
						{ name: 'Zoë Rossi', organisation: 'Another body' },
					],
				},
			],
			'fr',
		);
		expect(found).toEqual([
			{ name: 'Émile Durand', chapters: [{ slug: 'alpha', title: 'Alpha' }] },
			{ name: 'Zoë Rossi', organisation: 'Another body', chapters: [{ slug: 'beta', title: 'Beta' }] },
			{
				name: 'Zoë Rossi',
				organisation: 'Observatory',
				chapters: [
					{ slug: 'alpha', title: 'Alpha' },
					{ slug: 'beta', title: 'Beta' },
				],
			},
		]);
	});
});
