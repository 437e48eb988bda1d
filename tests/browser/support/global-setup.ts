/** Builds the site once per test run; every browser test reads this one `dist/`. */
import { execFileSync } from 'node:child_process';

export default function globalSetup() {
	if (process.env.CET_SKIP_BUILD) return;
	execFileSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
}
