import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The SHA-256 of every file under `dir`, by relative path, in sorted order. */
export function fingerprints(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((name) => statSync(path.join(dir, name)).isFile())
			.sort()
			.map((name) => [
				name,
				createHash('sha256')
					.update(readFileSync(path.join(dir, name)))
					.digest('hex'),
			]),
	);
}
