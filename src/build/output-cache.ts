/**
 * Outputs of earlier builds, so that a step whose input did not change copies
 * its output instead of making it again: the search indexes of an edition and
 * language whose records did not change (`.cache/search/`; the zips keep
 * their files' deflated bytes instead, src/build/deflate-cache.ts).
 * `CET_CACHE=off`: no cache. Each entry, `<dir>/<name>/`, holds the last output stored under that
 * name (folders or files) and `cache.json` with its key (the SHA-256 of the
 * input and of the kit's code, dependencies included) and the SHA-256 of every
 * file.
 *
 * Never trusted blindly: an entry with a file missing or added, or whose bytes
 * are not those recorded, is a miss, and the output is made again. An entry is
 * written to a temporary folder and renamed, so an interrupted build leaves
 * none that looks whole.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { kitCodeDigest, stableJson } from '../utils/result-cache-fs.ts';

/** Where each step keeps its outputs, in the project. */
export const OUTPUT_CACHE_DIRS = { search: '.cache/search' } as const;
const RECORD = 'cache.json';

interface EntryRecord {
	key: string;
	/** Path inside the entry (with `/`) → SHA-256. */
	files: Record<string, string>;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** The files of one part of an entry: the part itself when it is a file, else every file under it, as `<part>/<path>` with `/`, sorted. */
function partFiles(part: string, location: string): string[] {
	if (!existsSync(location)) return [];
	if (statSync(location).isFile()) return [part];
	return readdirSync(location, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => `${part}/${path.relative(location, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
		.sort();
}

/** The key of one output: the kit's code and every part of its input (bytes as they are, strings with their length, anything else as stable JSON). */
export function outputCacheKey(...parts: unknown[]): string {
	const hash = createHash('sha256').update(kitCodeDigest());
	for (const part of parts) {
		const bytes = part instanceof Uint8Array ? part : typeof part === 'string' ? part : stableJson(part);
		hash.update(`\0${bytes.length}:`).update(bytes);
	}
	return hash.digest('hex');
}

export interface OutputCache {
	/** Copies the entry stored under this name and key to `into` (part name → where it goes: a folder or a file), if it is whole; true when it did. */
	restore(name: string, key: string, into: Record<string, string>): boolean;
	/** Stores these parts (part name → where the build wrote it) under the name and key, in place of any earlier entry. */
	store(name: string, key: string, from: Record<string, string>): void;
}

export function openOutputCache(dir: string): OutputCache {
	const entryDir = (name: string) => path.join(dir, name);
	return {
		restore(name, key, into) {
			const entry = entryDir(name);
			let record: EntryRecord;
			try {
				record = JSON.parse(readFileSync(path.join(entry, RECORD), 'utf8')) as EntryRecord;
			} catch {
				return false;
			}
			if (record.key !== key || !record.files || typeof record.files !== 'object') return false;
			try {
				const found = Object.keys(into).flatMap((part) => partFiles(part, path.join(entry, part)));
				if (found.join('\n') !== Object.keys(record.files).sort().join('\n')) return false;
				if (found.some((file) => sha256(readFileSync(path.join(entry, file))) !== record.files[file])) return false;
				for (const [part, destination] of Object.entries(into)) {
					rmSync(destination, { recursive: true, force: true });
					cpSync(path.join(entry, part), destination, { recursive: true });
				}
				return true;
			} catch {
				// Another build replacing this entry while it was read: a miss (the caller makes the output again, over whatever was copied).
				return false;
			}
		},
		store(name, key, from) {
			const temporary = `${entryDir(name)}.${process.pid}.tmp`;
			try {
				rmSync(temporary, { recursive: true, force: true });
				mkdirSync(temporary, { recursive: true });
				const files: Record<string, string> = {};
				for (const [part, source] of Object.entries(from)) {
					cpSync(source, path.join(temporary, part), { recursive: true });
					for (const file of partFiles(part, path.join(temporary, part))) files[file] = sha256(readFileSync(path.join(temporary, file)));
				}
				writeFileSync(path.join(temporary, RECORD), `${JSON.stringify({ key, files } satisfies EntryRecord)}\n`);
				rmSync(entryDir(name), { recursive: true, force: true });
				renameSync(temporary, entryDir(name));
			} catch {
				// A cache that cannot be written only means indexing again next time.
				rmSync(temporary, { recursive: true, force: true });
			}
		},
	};
}
