import { z } from 'zod';

/** A term ID: what base text writes as `<Term id="emb" />`. @example emb */
export const termIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'Write the term ID in kebab-case, for example electoral-law.' });

/** A grammatical form of a term: what base text writes as `<Term id="emb" form="of" />`. @example of */
export const termFormSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'Write the form name in kebab-case, for example of.' });

/** The form `<Term id="emb" />` stands for, which every locale has. */
export const DEFAULT_TERM_FORM = 'definite';

const localeKey = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: 'Key each value by a language tag such as en or fr.' });

/**
 * A term's value in one locale: one text per grammatical form.
 * @example { definite: "l'organisme de gestion électorale", of: "de l'organisme de gestion électorale" }
 */
export const termFormsSchema = z.record(termFormSchema, z.string().trim().min(1, { error: 'This form is empty.' }), {
	error: 'Give the value as one text per form, for example { definite: Elections Canada, start: Elections Canada }.',
});

/** A term's values: per locale, one text per form. Which forms each locale needs is set by `forms:` in content/terms.yaml. */
export const termValuesSchema = z.record(localeKey, termFormsSchema);

/** `content/terms.yaml`: the grammatical forms of each locale, and the named placeholders of base text with neutral values. */
export const termsSchema = z.strictObject({
	/**
	 * Per locale, the forms every term value gives, each with what it is for.
	 * Every locale has `definite`, the form `<Term id="emb" />` writes.
	 * @example { fr: { definite: "Inside a sentence", of: "After de" } }
	 */
	forms: z.record(localeKey, z.record(termFormSchema, z.string().trim().min(1))).refine((forms) => Object.values(forms).every((locale) => DEFAULT_TERM_FORM in locale), {
		error: `Every locale has the form ${DEFAULT_TERM_FORM}, which <Term id="…" /> writes.`,
	}),
	/**
	 * Per locale, the words that contract with the article of a following
	 * term, and the form to write instead: `de <Term id="emb" />` would read
	 * "de Élections Canada" in an edition, so the lint asks for
	 * `<Term id="emb" form="of" />`.
	 * @example { fr: { de: of, à: to } }
	 */
	contractions: z.record(localeKey, z.record(z.string().min(1), termFormSchema)).default({}),
	terms: z.record(
		termIdSchema,
		z.strictObject({
			/** What the term stands for, for editors. */
			description: z.string().trim().min(1),
			/** The neutral value, per locale and form. */
			default: termValuesSchema,
			/**
			 * Real names of this institution in particular countries. A requirement
			 * must not write them, but the term; `npm run lint:content` finds them.
			 * @example [Elections Canada, Electoral Commission]
			 */
			names: z.array(z.string().trim().min(1)).default([]),
		}),
	),
});

export type Terms = z.output<typeof termsSchema>;
export type TermValues = z.output<typeof termValuesSchema>;
