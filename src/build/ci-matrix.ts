/**
 * The CI matrix of the publication: one part per edition × locale of the
 * content, as the publish workflow (`.github/workflows/publish.yml`) builds
 * them, each on its own runner, with `npm run build -- --edition <edition>
 * --locale <locale>` into `<part>/`, before `npm run merge` joins them in this
 * order. Stable: the base edition first, then the editions by code, each
 * edition's locales in its own order (its default first); the same content
 * gives the same bytes.
 */
import { z } from 'zod';
import type { Publication } from '../content/types.ts';
import { publishedEditions } from '../resolve/editions.ts';

export const ciPartSchema = z.object({
	/** @example ca */
	edition: z.string(),
	/** @example fr */
	locale: z.string(),
	/** The folder the part is built into, as `npm run build -- --edition … --locale …` names it. @example dist-ca-fr */
	part: z.string(),
});

/** What `strategy.matrix` of a GitHub Actions job reads: `{ include: [...] }`, one job per entry. */
export const ciMatrixSchema = z.object({ include: z.array(ciPartSchema) });

export type CiPart = z.infer<typeof ciPartSchema>;
export type CiMatrix = z.infer<typeof ciMatrixSchema>;

export function ciMatrix(publication: Pick<Publication, 'template' | 'editions'>): CiMatrix {
	const editions = publishedEditions(publication).sort((a, b) => Number(b.isBase) - Number(a.isBase) || a.code.localeCompare(b.code));
	return { include: editions.flatMap((edition) => edition.locales.map((locale) => ({ edition: edition.code, locale, part: `dist-${edition.code}-${locale}` }))) };
}
