/**
 * Part of the search step: the indexes of earlier builds, so that an edition
 * and language whose search records did not change is not indexed again. The
 * folder is `.cache/search/` of the project (`CET_CACHE=off`: no cache). It
 * holds, per edition and language, the last index written:
 * `<edition>-<locale>/` with the Pagefind files and the offline index, and
 * `<edition>-<locale>/cache.json` with the key (the SHA-256 of the records,
 * the language and the kit's code, Pagefind's version included) and the
 * SHA-256 of every file.
 *
 * Never trusted blindly: an entry with a file missing, or whose bytes are
 * not those recorded, is a miss, and indexed again. An entry is written to a
 * temporary folder and renamed, so an interrupted build leaves none that
 * looks whole.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { kitCodeDigest, stableJson } from '../utils/result-cache-fs.ts';

export const SEARCH_CACHE_DIR = '.cache/search';
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

/** The key of one index: what it is built from, and the code that builds it. */
export function searchCacheKey(records: unknown, locale: string): string {
	return sha256(`${kitCodeDigest()}\0${locale}\0${stableJson(records)}`);
}

export interface SearchCache {
	/** Copies the entry stored under this name and key to `into` (part name → where it goes: a folder or a file), if it is whole; true when it did. */
	restore(name: string, key: string, into: Record<string, string>): boolean;
	/** Stores these parts (part name → where the build wrote it) under the name and key, in place of any earlier entry. */
	store(name: string, key: string, from: Record<string, string>): void;
}

export function openSearchCache(dir: string): SearchCache {
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
			const found = Object.keys(into).flatMap((part) => partFiles(part, path.join(entry, part)));
			if (found.join('\n') !== Object.keys(record.files).sort().join('\n')) return false;
			if (found.some((file) => sha256(readFileSync(path.join(entry, file))) !== record.files[file])) return false;
			for (const [part, destination] of Object.entries(into)) {
				rmSync(destination, { recursive: true, force: true });
				cpSync(path.join(entry, part), destination, { recursive: true });
			}
			return true;
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
