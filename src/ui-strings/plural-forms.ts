/**
 * A counted string for a script to finish in the browser: the string in every
 * plural category of the language, keyed as `Intl.PluralRules#select` answers,
 * each rendered by `render` with a sample count of that category.
 */
export function pluralForms(locale: string, render: (count: number) => string): Partial<Record<Intl.LDMLPluralRule, string>> {
	const rules = new Intl.PluralRules(locale);
	const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
	for (let count = 0; count <= 200; count++) forms[rules.select(count)] ??= render(count);
	return forms;
}
