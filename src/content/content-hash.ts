/**
 * Content hashes of source texts. A translation records the hash of the
 * source it was made from; when the source's hash changes, the translation
 * is outdated. Hashes cover only what a translator translates, normalized,
 * so whitespace and formatting changes do not count, and they need no git
 * history, so they work on shallow clones.
 */
import { createHash } from 'node:crypto';
import type { Chapter } from '../schemas/chapter.ts';
import type { Glossary } from '../schemas/glossary.ts';
import type { Page } from '../schemas/page.ts';
import { collapse, normalizedBody } from '../markdown/mdx-body.ts';
import { translatablePractice } from './translatable.ts';

export const HASH_LENGTH = 16;

function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) => {
		if (typeof inner === 'string') return collapse(inner).trim();
		if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
			return Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
		}
		return inner;
	});
}

export function contentHash(value: unknown): string {
	return createHash('sha256').update(canonical(value)).digest('hex').slice(0, HASH_LENGTH);
}

export function chapterHash(chapter: Chapter, body: string): string {
	return contentHash({ title: chapter.title, summary: chapter.summary, practices: chapter.practices.map(translatablePractice), body: normalizedBody(body) });
}

export function pageHash(page: Page, body: string): string {
	return contentHash({ title: page.title, summary: page.summary, body: normalizedBody(body) });
}

export function glossaryHash(glossary: Glossary): string {
	return contentHash(glossary.terms);
}

/** A hash of one UI namespace (its keys and strings). */
export function namespaceHash(strings: Record<string, unknown>): string {
	return contentHash(strings);
}
