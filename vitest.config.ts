import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Several tests build a copy of the project; on a busy 2-core machine a build can take minutes. Timeouts are a safety net, not a figure: figures are in `npm run bench`.
		testTimeout: 300_000,
	},
});
