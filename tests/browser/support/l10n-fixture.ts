import path from 'node:path';

/** Where the localization fixture project is copied and built. */
export const L10N_FIXTURE = path.resolve(import.meta.dirname, '../../../test-results/l10n-fixture');

/** The French chapter removed (fallback) and the English chapter edited after translation (outdated). */
export const fixtureChanges = {
	missing: 'critical-incident-protocol',
	outdated: 'voter-data-and-party-privacy',
} as const;

export const FIXTURE_PORT = 4518;
export const FIXTURE_SITE = `http://127.0.0.1:${FIXTURE_PORT}/`;
