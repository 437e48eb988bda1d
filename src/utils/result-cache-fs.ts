/**
 * Results kept from one run to the next, `.cache/results/<name>.json` in the
 * project: a step's result for one input, keyed by the SHA-256 of everything
 * that decides it (the input, and the kit's own code: a change to any file
 * under src/ or to the locked dependencies empties every cache). Used by the
 * check (`check`: what the MDX gate, the YAML reader and the content lint
 * found in each file, shared by `npm run check`, the build and `npm run dev`)
 * and by the build's post-steps (`typography`: the spaces set in each page;
 * the search indexes keep whole folders, src/build/output-cache.ts).
 *
 * Results must be plain JSON. The cache is the project's own working data,
 * never published; a missing, unreadable or foreign file is an empty cache.
 * It is written only when something in it changed, with only the entries
 * this run used, so it never grows past the content, and by renaming a
 * whole file, so that two processes never leave half of one.
 * `CET_CACHE=off` turns these caches off (the PDFs have their own,
 * CET_PDF_CACHE).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { committedCacheFiles } from './committed-cache-fs.ts';

export interface ResultCache {
	/** The cached result for these parts, or the computed one, kept for next time. */
	get<T>(kind: string, parts: readonly unknown[], compute: () => T): T;
	/** Writes the cache if an entry was added or dropped; a run that found everything cached leaves the file as it was. */
	save(): void;
	/** Cached results used, and results computed, in this run. */
	readonly stats: { hits: number; misses: number };
}

/** The project-relative file of a cache. @example .cache/results/check.json */
export const resultCacheFile = (name: string) => `.cache/results/${name}.json`;

/** The SHA-256 of the kind and the parts, each part (a string as it is, anything else as stable JSON) preceded by its length so that no two lists of parts collide. */
function keyOf(kind: string, parts: readonly unknown[]): string {
	const hash = createHash('sha256');
	for (const part of [kind, ...parts]) {
		const text = typeof part === 'string' ? part : stableJson(part);
		hash.update(`${text.length}:`).update(text);
	}
	return hash.digest('hex');
}

/** A digest of a large part (such as the lint's view of the publication), computed once and passed to get() as a short string. */
export function digestOf(value: unknown): string {
	return createHash('sha256').update(stableJson(value)).digest('hex');
}

/** The kit's code (every file under src/) and its locked dependencies: a change to either empties the cache. Computed once per process. */
let codeDigestMemo: string | undefined;
export function kitCodeDigest(): string {
	if (codeDigestMemo) return codeDigestMemo;
	const src = fileURLToPath(new URL('../', import.meta.url));
	const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
		.filter((name) => statSync(path.join(src, name)).isFile())
		.sort();
	const hash = createHash('sha256');
	for (const name of files) hash.update(`${name.split(path.sep).join('/')}\0`).update(readFileSync(path.join(src, name)));
	const lock = path.join(src, '..', 'package-lock.json');
	if (existsSync(lock)) hash.update('package-lock.json\0').update(readFileSync(lock));
	codeDigestMemo = hash.digest('hex');
	return codeDigestMemo;
}

/** Sets as sorted arrays, so that a digest of a lint context does not depend on insertion order. */
export function stableJson(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) => (inner instanceof Set ? [...inner].map(String).sort() : inner));
}

/** A cache that keeps nothing: every result is computed. */
export function noResultCache(): ResultCache {
	const stats = { hits: 0, misses: 0 };
	return {
		get: (_kind, _parts, compute) => {
			stats.misses += 1;
			return compute();
		},
		save: () => {},
		stats,
	};
}

/** False when CET_CACHE=off: then no step keeps anything between runs (the PDFs aside, which CET_PDF_CACHE governs). */
export const resultCachesOn = (environment: NodeJS.ProcessEnv = process.env) => environment.CET_CACHE !== 'off';

/** Nothing is read from a `.cache/` the repository tracks files in (src/utils/committed-cache-fs.ts); the check reports it as an error. */
export function openResultCache(root: string, name: string, environment: NodeJS.ProcessEnv = process.env): ResultCache {
	if (!resultCachesOn(environment) || committedCacheFiles(root).length) return noResultCache();
	const file = path.join(root, resultCacheFile(name));
	const code = kitCodeDigest();
	let stored: Record<string, unknown> = {};
	try {
		const parsed = JSON.parse(readFileSync(file, 'utf8')) as { code?: unknown; entries?: unknown };
		if (parsed.code === code && parsed.entries && typeof parsed.entries === 'object' && !Array.isArray(parsed.entries)) stored = parsed.entries as Record<string, unknown>;
	} catch {
		// No cache yet, or one that cannot be read: start empty.
	}
	const used = new Map<string, unknown>();
	const stats = { hits: 0, misses: 0 };
	return {
		get<T>(kind: string, parts: readonly unknown[], compute: () => T): T {
			const key = keyOf(kind, parts);
			if (used.has(key)) return used.get(key) as T;
			if (Object.hasOwn(stored, key)) {
				stats.hits += 1;
				used.set(key, stored[key]);
				return stored[key] as T;
			}
			stats.misses += 1;
			const value = compute();
			used.set(key, value);
			return value;
		},
		save() {
			const unchanged = stats.misses === 0 && Object.keys(stored).length === used.size;
			if (unchanged) return;
			const keys = [...used.keys()].sort();
			const text = `${JSON.stringify({ code, entries: Object.fromEntries(keys.map((key) => [key, used.get(key)])) })}\n`;
			try {
				mkdirSync(path.dirname(file), { recursive: true });
				const temporary = `${file}.${process.pid}.tmp`;
				writeFileSync(temporary, text);
				renameSync(temporary, file);
			} catch {
				// A read-only checkout still checks; it only checks everything next time too.
				rmSync(`${file}.${process.pid}.tmp`, { force: true });
			}
		},
		stats,
	};
}
