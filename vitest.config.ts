import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// tests/unit: the code, on fixtures and inline data (and, for the integration tests, on a copy of the project); tests/content: the shipped content itself.
		include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
		environment: 'node',
		// Several tests build a copy of the project; on a busy 2-core machine a build can take minutes. Timeouts are a safety net, not a figure: figures are in `npm run bench`.
		testTimeout: 300_000,
	},
});
