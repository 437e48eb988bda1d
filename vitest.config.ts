import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Several tests run the command-line tools on a copy of the project; on a busy 2-core machine that takes seconds.
		testTimeout: 60_000,
	},
});
