import { z } from 'zod';

/**
 * A calendar date written `YYYY-MM-DD`.
 * YAML parsers disagree on dates (js-yaml, used by Astro, yields a `Date`; the
 * `yaml` package yields a string), so both are accepted and normalized to the string form.
 * @example 2026-11-02
 */
const FORMAT = 'Write a real calendar date as YYYY-MM-DD, for example 2026-11-02.';

export const isoDateSchema = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
	z.string({ error: FORMAT }).refine(
		(text) => {
			if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
			const date = new Date(`${text}T00:00:00Z`);
			return !Number.isNaN(date.valueOf()) && date.toISOString().slice(0, 10) === text;
		},
		{ error: FORMAT },
	),
);

export type IsoDate = z.output<typeof isoDateSchema>;
