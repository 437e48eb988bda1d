/**
 * Part of the PDF step: the PDFs of earlier builds, so that an edition and
 * language whose print document, resources, Chromium and settings did not
 * change (the key, src/pdf/pdf-cache-key.ts) is not printed again. The folder
 * is `.cache/pdf/` of the project unless CET_PDF_CACHE names another
 * (`CET_PDF_CACHE=off`: no cache). It holds, per edition and language, the
 * last PDF printed: `<edition>-<locale>.<key>.pdf` and, next to it,
 * `<edition>-<locale>.<key>.json` with the PDF's SHA-256 and page count.
 *
 * Never trusted blindly: an entry whose PDF does not have the SHA-256 it was
 * stored with (damaged, or changed by hand) is a miss, and printed again.
 * Entries are written to a temporary file and renamed, the PDF before its
 * record, so an interrupted build leaves no entry that looks whole; storing
 * one removes that edition and language's entries under other keys.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KitError } from '../diagnostics/diagnostic.ts';

export interface CachedPdf {
	bytes: Uint8Array;
	pages: number;
}

export interface PdfCache {
	/** The PDF stored under this name and key, if its bytes still have their SHA-256. */
	get(name: string, key: string): CachedPdf | undefined;
	/** Stores it, and drops the name's entries under any other key. */
	put(name: string, key: string, pdf: CachedPdf): void;
}

interface EntryRecord {
	key: string;
	sha256: string;
	pages: number;
}

const ENTRY = /^(.+)\.([0-9a-f]{64})\.(pdf|json)$/;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function readRecord(file: string): EntryRecord | undefined {
	try {
		const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<EntryRecord>;
		return typeof record.key === 'string' && typeof record.sha256 === 'string' && Number.isInteger(record.pages) ? (record as EntryRecord) : undefined;
	} catch {
		return undefined;
	}
}

function writeAtomically(file: string, content: Uint8Array | string): void {
	const temporary = `${file}.${process.pid}.tmp`;
	writeFileSync(temporary, content);
	renameSync(temporary, file);
}

/** The cache in `dir` (created if need be), or undefined for none. */
export function openPdfCache(dir: string | undefined): PdfCache | undefined {
	if (!dir) return undefined;
	const attempt = <T>(action: () => T): T => {
		try {
			return action();
		} catch (error) {
			throw new KitError('PdfCacheUnwritable', dir, (error as NodeJS.ErrnoException).code ?? String(error));
		}
	};
	attempt(() => mkdirSync(dir, { recursive: true }));
	const file = (name: string, key: string, extension: 'pdf' | 'json') => path.join(dir, `${name}.${key}.${extension}`);
	return {
		get(name, key) {
			const record = readRecord(file(name, key, 'json'));
			if (!record || record.key !== key) return undefined;
			let bytes: Uint8Array;
			try {
				bytes = readFileSync(file(name, key, 'pdf'));
			} catch {
				return undefined;
			}
			return sha256(bytes) === record.sha256 ? { bytes, pages: record.pages } : undefined;
		},
		put(name, key, pdf) {
			attempt(() => {
				writeAtomically(file(name, key, 'pdf'), pdf.bytes);
				writeAtomically(file(name, key, 'json'), `${JSON.stringify({ key, sha256: sha256(pdf.bytes), pages: pdf.pages } satisfies EntryRecord)}\n`);
				for (const entry of readdirSync(dir)) {
					const match = ENTRY.exec(entry);
					if (match && match[1] === name && match[2] !== key) rmSync(path.join(dir, entry), { force: true });
				}
			});
		},
	};
}
