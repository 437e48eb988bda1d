/**
 * The benchmark's content at scale: in a copy of the project (never the real
 * tree), every base chapter is copied `factor - 1` times, in every locale,
 * with a new slug, code, order and practice IDs, and every edition
 * adaptation, added practice, section, source and regional priority that
 * names the chapter is copied with it. Translations that were current stay
 * current and adaptations that recorded the current base still do, so the
 * copy passes `npm run check` as the original does.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { chapterHash } from '../../src/content/content-hash.ts';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import type { Publication } from '../../src/content/types.ts';
import { baseElements } from '../../src/resolve/drift.ts';

export interface MultipliedContent {
	chapters: number;
	practices: number;
}

/** One copy of a base chapter: where it came from and what it is called now. */
interface ChapterCopy {
	slug: string;
	code: string;
	newSlug: string;
	newCode: string;
	newOrder: number;
}

function validPublication(root: string): Publication {
	const { publication, diagnostics } = loadContent(root);
	const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
	if (!publication || errors.length) throw new Error(`The content of ${root} has ${errors.length} error(s); run npm run check -- --root ${root}.`);
	return publication;
}

/** Four capitals, in sequence, skipping the codes the content already uses. */
function freshCodes(used: Set<string>): () => string {
	let next = 0;
	return () => {
		for (;;) {
			const code = [17576, 676, 26, 1].map((unit) => String.fromCharCode(65 + (Math.floor(next / unit) % 26))).join('');
			next += 1;
			if (!used.has(code)) {
				used.add(code);
				return code;
			}
		}
	};
}

/** Practice IDs of a base code in any text, never inside an edition's ID (CA-DAT-1 is not DAT-1). */
const idsOf = (code: string) => new RegExp(`(?<![A-Za-z0-9-])${code}-(?=[1-9])`, 'g');
/** An edition's own practice IDs that carry a base code (CA-DAT-1). */
const editionIdsOf = (code: string) => new RegExp(`(?<![A-Za-z0-9-])([A-Z]{2,16})-${code}-(?=[1-9])`, 'g');

function renamed(text: string, copy: ChapterCopy): string {
	return text.replace(idsOf(copy.code), `${copy.newCode}-`).replace(editionIdsOf(copy.code), `$1-${copy.newCode}-`);
}

/** Every string of a plain YAML value, with the chapter's IDs and slug renamed. */
function renamedValue(value: unknown, copy: ChapterCopy): unknown {
	if (typeof value === 'string') return value === copy.slug ? copy.newSlug : renamed(value, copy);
	if (Array.isArray(value)) return value.map((item) => renamedValue(item, copy));
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key === copy.slug ? copy.newSlug : key, renamedValue(inner, copy)]));
	return value;
}

const codeOfId = (id: string) => /^(?:[A-Z]{2,16}-)?([A-Z]{2,4})-\d+$/.exec(id)?.[1];

/** Multiply the content of the project at `root` (a copy) by `factor`, in place. */
export function multiplyContent(root: string, factor: number): MultipliedContent {
	if (!Number.isInteger(factor) || factor < 1) throw new Error(`The scale must be a whole number from 1, not ${factor}.`);
	const publication = validPublication(root);
	if (factor === 1) return { chapters: publication.chapters.length, practices: publication.chapters.reduce((total, chapter) => total + chapter.data.practices.length, 0) };
	const chapters = [...publication.chapters].sort((a, b) => a.data.order - b.data.order);
	const used = new Set([...chapters.map((chapter) => chapter.data.code), ...(publication.template.retiredPracticeIds ?? []).map((entry) => codeOfId(entry.id) ?? '')]);
	const nextCode = freshCodes(used);
	const step = Math.max(...chapters.map((chapter) => chapter.data.order));
	const copies: ChapterCopy[] = [];
	for (let round = 1; round < factor; round += 1)
		for (const chapter of chapters)
			copies.push({
				slug: chapter.data.slug,
				code: chapter.data.code,
				newSlug: `${chapter.data.slug}-x${round + 1}`,
				newCode: nextCode(),
				newOrder: chapter.data.order + round * step,
			});

	// The chapter files, in every locale: the source's structure, and each translation's words.
	const chaptersDir = path.join(root, 'content', 'chapters');
	const sourceLocale = publication.template.sourceLocale;
	const hashes = new Map(chapters.map((chapter) => [chapter.data.slug, chapterHash(chapter.data, chapter.body)]));
	const currentTranslations = new Set<string>();
	for (const locale of readdirSync(chaptersDir)) {
		for (const copy of copies) {
			const file = path.join(chaptersDir, locale, `${copy.slug}.mdx`);
			let text: string;
			try {
				text = readFileSync(file, 'utf8');
			} catch {
				continue;
			}
			let out = renamed(text, copy);
			if (locale === sourceLocale)
				out = out
					.replace(/^slug: .*$/m, `slug: ${copy.newSlug}`)
					.replace(/^code: .*$/m, `code: ${copy.newCode}`)
					.replace(/^order: .*$/m, `order: ${copy.newOrder}`);
			else if (/^source: (\w+)$/m.exec(text)?.[1] === hashes.get(copy.slug)) currentTranslations.add(`${locale}/${copy.newSlug}`);
			writeFileSync(path.join(chaptersDir, locale, `${copy.newSlug}.mdx`), out);
		}
	}

	// The editions: every adaptation that names a copied chapter or one of its practices, copied for each copy.
	const recorded: Array<{ edition: string; section: string; index: number; original: number }> = [];
	for (const edition of publication.editions) {
		const adaptationsFile = path.join(root, edition.adaptations.file);
		const adaptations = parseDocument(readFileSync(adaptationsFile, 'utf8'));
		const manifestFile = path.join(root, edition.manifest.file);
		const manifest = parseDocument(readFileSync(manifestFile, 'utf8'));
		const append = (document: Document, key: string, matches: (item: Record<string, unknown>, copy: ChapterCopy) => boolean, track: boolean) => {
			const items = (document.toJS() as Record<string, unknown>)[key];
			if (!Array.isArray(items)) return;
			let index = items.length;
			for (const copy of copies)
				items.forEach((item: Record<string, unknown>, original) => {
					if (!matches(item, copy)) return;
					document.addIn([key], document.createNode(renamedValue(item, copy)));
					if (track) recorded.push({ edition: edition.manifest.data.code, section: key, index, original });
					index += 1;
				});
		};
		const ofPractice = (item: Record<string, unknown>, copy: ChapterCopy) => typeof item.practice === 'string' && codeOfId(item.practice) === copy.code;
		append(adaptations, 'practices', ofPractice, true);
		append(adaptations, 'sections', (item, copy) => item.chapter === copy.slug, true);
		append(adaptations, 'added', (item, copy) => item.chapter === copy.slug, false);
		const sources = adaptations.get('sources') as { get(key: string): unknown } | undefined;
		for (const copy of copies) {
			const own = sources?.get(copy.slug);
			if (own) adaptations.setIn(['sources', copy.newSlug], adaptations.createNode(renamedValue((own as { toJSON(): unknown }).toJSON(), copy)));
		}
		append(manifest, 'regionalPriorities', ofPractice, false);
		writeFileSync(adaptationsFile, adaptations.toString({ lineWidth: 100 }));
		writeFileSync(manifestFile, manifest.toString({ lineWidth: 100 }));
	}

	// Hashes: a copy's IDs differ from its original's, so what was current is recorded anew.
	const written = validPublication(root);
	for (const chapter of written.chapters) {
		for (const locale of readdirSync(chaptersDir)) {
			if (!currentTranslations.has(`${locale}/${chapter.data.slug}`)) continue;
			const file = path.join(chaptersDir, locale, `${chapter.data.slug}.mdx`);
			// Quoted: a hash of digits only would read as a number.
			writeFileSync(file, readFileSync(file, 'utf8').replace(/^source: \w+$/m, `source: '${chapterHash(chapter.data, chapter.body)}'`));
		}
	}
	for (const edition of written.editions) {
		const code = edition.manifest.data.code;
		const mine = recorded.filter((entry) => entry.edition === code);
		if (!mine.length) continue;
		const elements = baseElements(written, edition);
		const at = (section: string, index: number) => elements.find((element) => element.path[0] === section && element.path[1] === index);
		const file = path.join(root, edition.adaptations.file);
		const document = parseDocument(readFileSync(file, 'utf8'));
		for (const entry of mine) {
			const original = at(entry.section, entry.original);
			const copy = at(entry.section, entry.index);
			if (!copy?.current || !original?.recorded || original.recorded.hash !== original.current?.hash) continue;
			document.setIn([entry.section, entry.index, 'base'], document.createNode({ hash: copy.current.hash, text: copy.current.text }));
		}
		writeFileSync(file, document.toString({ lineWidth: 100 }));
	}
	const final = validPublication(root);
	return { chapters: final.chapters.length, practices: final.chapters.reduce((total, chapter) => total + chapter.data.practices.length, 0) };
}
