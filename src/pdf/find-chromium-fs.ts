/**
 * A Chromium to drive, if this machine has one: CHROMIUM_PATH, then Debian's
 * /usr/bin/chromium, then Playwright's own download. The build uses it to
 * print the PDFs (and skips them without one); the browser tests add an
 * install step on top.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium from reaching out on its own (updates, safe browsing, sync). */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

function playwrightOwn(): string | undefined {
	try {
		const path = chromium.executablePath();
		return existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

/** The Chromium executable, or undefined when there is none. Throws when CHROMIUM_PATH names a missing file. */
export function chromiumExecutable(fromEnv?: string): string | undefined {
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
	}
	if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
	return playwrightOwn();
}
