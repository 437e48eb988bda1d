import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/browser/support/chromium.ts';
import { FIXTURE_PORT, L10N_FIXTURE, SITE_PORT } from './tests/browser/support/l10n-fixture.ts';
import { BUNDLES_DIR, BUNDLES_PORT } from './tests/browser/support/bundles.ts';

export const PORT = SITE_PORT;
export const SITE = `http://127.0.0.1:${PORT}/mirror/cet/`;

export default defineConfig({
	testDir: './tests/browser',
	testMatch: '**/*.spec.ts',
	globalSetup: './tests/browser/support/global-setup.ts',
	fullyParallel: true,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list']],
	outputDir: 'test-results/artifacts',
	use: {
		baseURL: SITE,
		launchOptions: { executablePath: findChromium(), args: chromiumArgs },
	},
	webServer: [
		{
			command: `node tests/browser/support/serve.ts --port ${PORT}`,
			url: `http://127.0.0.1:${PORT}/__ready`,
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore',
		},
		{
			// The localization fixture (a missing and an outdated French chapter), served at the root.
			command: `node tests/browser/support/serve.ts --port ${FIXTURE_PORT} --dir ${L10N_FIXTURE}/dist --prefix /`,
			url: `http://127.0.0.1:${FIXTURE_PORT}/__ready`,
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore',
		},
		{
			// The offline bundles, unzipped, each in its folder: served as any static server would.
			command: `node tests/browser/support/serve.ts --port ${BUNDLES_PORT} --dir ${BUNDLES_DIR} --prefix /`,
			url: `http://127.0.0.1:${BUNDLES_PORT}/__ready`,
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore',
		},
	],
});
