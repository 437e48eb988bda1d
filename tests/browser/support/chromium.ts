/**
 * Finds a Chromium for the browser tests: CHROMIUM_PATH, then Debian's
 * /usr/bin/chromium, then Playwright's own download. Playwright cannot
 * download browsers on our machines, so when none is found and we are root
 * on Debian, Debian's package is installed; otherwise we stop with one line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function playwrightOwn(): string | undefined {
	try {
		const path = chromium.executablePath();
		return existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

function installDebianChromium(): boolean {
	const isRoot = process.getuid?.() === 0;
	if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
	console.log('No Chromium found; installing Debian\'s chromium package (apt-get install -y chromium)...');
	execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	return existsSync(DEBIAN_CHROMIUM);
}

export function findChromium(): string {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
	}
	if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
	const own = playwrightOwn();
	if (own) return own;
	if (installDebianChromium()) return DEBIAN_CHROMIUM;
	throw new Error('No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.');
}

/** Flags that keep Chromium from reaching out on its own (updates, safe browsing, sync). */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
