/**
 * Practice IDs and chapter codes: the one definition every layer uses. A base
 * chapter has a code of 2 to 4 capitals (INC) and its practices are numbered
 * from 1 (INC-3). An edition's own chapter carries the edition's prefix
 * (CA-LOC), and so do its practices (CA-LOC-1, CA-DAT-1), so that they can
 * never collide with a base ID.
 */

const BASE_CODE = '[A-Z]{2,4}';
const EDITION_PREFIX = '[A-Z]{2,16}-';
const NUMBER = '[1-9]\\d*';

/** A base chapter's code, or an edition chapter's. @example INC @example CA-LOC */
export const CHAPTER_CODE = new RegExp(`^(?:${EDITION_PREFIX})?${BASE_CODE}$`);
/** Any practice ID, base or edition, with the chapter code and the number captured. @example INC-3 @example CA-DAT-1 */
export const PRACTICE_ID = new RegExp(`^((?:${EDITION_PREFIX})?${BASE_CODE})-(${NUMBER})$`);
/** A base practice ID only. @example TEC-8 */
export const BASE_PRACTICE_ID = new RegExp(`^${BASE_CODE}-${NUMBER}$`);
/** An edition's own practice ID only. @example CA-DAT-1 */
export const EDITION_PRACTICE_ID = new RegExp(`^${EDITION_PREFIX}${BASE_CODE}-${NUMBER}$`);

/**
 * Practice IDs in running text: a whole ID, so CA-DAT-1 is one ID and never
 * DAT-1 inside it. A new global expression on each call, since `g` keeps state.
 */
export function practiceIdsInText(): RegExp {
	return new RegExp(`\\b(?:${EDITION_PREFIX})?${BASE_CODE}-${NUMBER}\\b`, 'g');
}

/** Split a practice ID into its chapter code and number, or `undefined` if malformed. */
export function parsePracticeId(id: string): { code: string; number: number } | undefined {
	const match = PRACTICE_ID.exec(id);
	return match ? { code: match[1]!, number: Number(match[2]) } : undefined;
}

/** The versioned citation form of a practice: the template's major and minor version, then the ID. @example v1.0:INC-3 */
export function citationOf(templateVersion: string, id: string): string {
	const [major, minor] = templateVersion.split('.');
	return `v${major}.${minor}:${id}`;
}
