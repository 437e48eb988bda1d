/**
 * A command from Debian's packages that a test needs: found on PATH, or
 * installed with apt-get when we are root on Debian; otherwise the test stops
 * with one line that says how to get it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function ensureDebianPackage(command: string, debianPackage: string): string {
	const which = () => spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim();
	let found = which();
	if (!found && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
		execFileSync('apt-get', ['update', '-q'], { stdio: 'ignore' });
		execFileSync('apt-get', ['install', '-y', '-q', debianPackage], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
		found = which();
	}
	if (!found) throw new Error(`${command} not found: install Debian's ${debianPackage} (apt-get install -y ${debianPackage}).`);
	return found;
}
