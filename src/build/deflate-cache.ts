/**
 * Part of the bundle step: each file's deflated bytes from earlier builds, so
 * that a rebuild deflates only the files that changed (deflating is most of
 * the zips' time, and every bundle carries pages that change with any
 * locale, such as the translation status). The folder is `.cache/zips/` of
 * the project (`CET_CACHE=off`: none); an entry is `<sha256>.deflate`, the
 * SHA-256 of the deflate level and the file's bytes.
 *
 * Never trusted blindly: an entry is inflated and compared with the file
 * before it is used, and a damaged one is deflated again. Entries that the
 * build did not use are removed at the end, so the folder holds what the last
 * build zipped.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'fflate';
import { DEFLATE_LEVEL, deflateBundleFile, type Deflater } from './offline-bundle.ts';

export const DEFLATE_CACHE_DIR = '.cache/zips';
const ENTRY = /^[0-9a-f]{64}\.deflate$/;

export interface DeflateCache {
	deflate: Deflater;
	/** Files whose deflated bytes were reused, and files deflated. */
	readonly stats: { reused: number; deflated: number };
	/** Removes the entries this build did not use. */
	prune(): void;
}

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));

export function openDeflateCache(dir: string): DeflateCache {
	const used = new Set<string>();
	const stats = { reused: 0, deflated: 0 };
	let writable = true;
	try {
		mkdirSync(dir, { recursive: true });
	} catch {
		writable = false;
	}
	return {
		deflate(bytes) {
			const name = `${createHash('sha256').update(`${DEFLATE_LEVEL}\0`).update(bytes).digest('hex')}.deflate`;
			used.add(name);
			const file = path.join(dir, name);
			try {
				const stored = readFileSync(file);
				if (equal(inflateSync(stored), bytes)) {
					stats.reused += 1;
					return stored;
				}
			} catch {
				// Not cached yet, or damaged: deflated again below.
			}
			stats.deflated += 1;
			const deflated = deflateBundleFile(bytes);
			if (writable) {
				try {
					writeFileSync(`${file}.${process.pid}.tmp`, deflated);
					renameSync(`${file}.${process.pid}.tmp`, file);
				} catch {
					rmSync(`${file}.${process.pid}.tmp`, { force: true });
				}
			}
			return deflated;
		},
		prune() {
			if (!writable) return;
			for (const name of readdirSync(dir)) if (ENTRY.test(name) && !used.has(name)) rmSync(path.join(dir, name), { force: true });
		},
		stats,
	};
}
