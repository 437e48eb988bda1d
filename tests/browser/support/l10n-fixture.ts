import path from 'node:path';

/** Where the localization fixture project is copied and built. */
export const L10N_FIXTURE = path.resolve(import.meta.dirname, '../../../test-results/l10n-fixture');

/** The French chapter removed (fallback) and the English chapter edited after translation (outdated). */
export const fixtureChanges = {
	missing: 'critical-incident-protocol',
	outdated: 'voter-data-and-party-privacy',
} as const;

/** The test servers' ports: `CET_TEST_PORT` (default 4517) for the site, the next one for this fixture, so two checkouts can test at once. */
export const SITE_PORT = Number(process.env.CET_TEST_PORT ?? 4517);
export const FIXTURE_PORT = SITE_PORT + 1;
export const FIXTURE_SITE = `http://127.0.0.1:${FIXTURE_PORT}/`;
