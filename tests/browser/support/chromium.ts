/**
 * Finds a Chromium for the browser tests (src/pdf/find-chromium-fs.ts: CHROMIUM_PATH,
 * then Debian's /usr/bin/chromium, then Playwright's own download). Playwright cannot
 * download browsers on our machines, so when none is found and we are root
 * on Debian, Debian's package is installed; otherwise we stop with one line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumArgs, chromiumExecutable, DEBIAN_CHROMIUM } from '../../../src/pdf/find-chromium-fs.ts';

export { chromiumArgs };

function installDebianChromium(): boolean {
	const isRoot = process.getuid?.() === 0;
	if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
	console.log("No Chromium found; installing Debian's chromium package (apt-get install -y chromium)...");
	execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	return existsSync(DEBIAN_CHROMIUM);
}

export function findChromium(): string {
	const found = chromiumExecutable(process.env.CHROMIUM_PATH);
	if (found) return found;
	if (installDebianChromium()) return DEBIAN_CHROMIUM;
	throw new Error('No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.');
}
