/**
 * The catalog of content errors. Each entry has a permanent name (used in
 * output and tests), a message that says what happened, and a hint that says
 * what to do. Messages carry no "Error:" prefix.
 */
export const catalog = {
	InvalidField: {
		message: (detail: string) => detail,
		hint: 'See the field descriptions in src/schemas/ or the authoring guide in README.md.',
	},
	YamlSyntax: {
		message: (detail: string) => `The YAML could not be read: ${detail}`,
		hint: 'Check indentation and quote any text that contains ": " or starts with a special character.',
	},
	MissingFrontmatter: {
		message: () => 'The file has no frontmatter block.',
		hint: 'Start the file with a line "---", the YAML fields, and another line "---".',
	},
	MissingFile: {
		message: (what: string) => `${what} is missing.`,
		hint: 'Create it; see README.md for the layout of content/.',
	},
	DuplicateChapterCode: {
		message: (code: string, other: string) => `The chapter code ${code} is already used by ${other}.`,
		hint: 'Each chapter needs its own code; choose another 2 to 4 letter code.',
	},
	DuplicateChapterSlug: {
		message: (slug: string, other: string) => `The slug ${slug} is already used by ${other}.`,
		hint: 'Each chapter needs its own slug; choose another.',
	},
	DuplicateChapterOrder: {
		message: (order: number, other: string) => `The order ${order} is already used by ${other}.`,
		hint: 'Give each chapter its own position.',
	},
	DuplicatePracticeId: {
		message: (id: string, other: string) => `The practice ID ${id} is already used at ${other}.`,
		hint: 'Practice IDs are unique and never reused. Give this practice the next unused number of its chapter.',
	},
	RetiredPracticeId: {
		message: (id: string, version: string) => `The practice ID ${id} was retired in version ${version} and can never be used again.`,
		hint: 'Give this practice the next unused number of its chapter; see retiredPracticeIds in content/template.yaml.',
	},
	PracticeCodeMismatch: {
		message: (id: string, code: string) => `The practice ID ${id} does not start with its chapter code ${code}.`,
		hint: "Write it as the chapter's own code, a hyphen and a number, for example INC-3 in chapter INC.",
	},
	SlugFileMismatch: {
		message: (slug: string, file: string) => `The slug ${slug} does not match the file name ${file}.`,
		hint: 'Name the file <slug>.mdx, so that links and translations find it.',
	},
	ReservedSlug: {
		message: (slug: string) => `The slug ${slug} is reserved for a page of the site.`,
		hint: 'Choose another slug.',
	},
	DuplicateGlossaryTerm: {
		message: (id: string) => `The glossary term ID ${id} is used twice.`,
		hint: 'Give each term its own ID.',
	},
	UnknownLocale: {
		message: (locale: string) => `The folder ${locale} is not a locale listed in content/template.yaml.`,
		hint: 'Add the locale to `locales` in content/template.yaml, or move the file.',
	},
	OrphanTranslation: {
		message: (file: string) => `This translation has no source: ${file} does not exist.`,
		hint: 'Name the translation after its source file, or delete it if the source was removed.',
	},
	TranslationPracticeMissing: {
		message: (id: string) => `The practice ${id} of the source is not translated here.`,
		hint: 'Every practice of the source appears in every translation, in the same order. Add it.',
	},
	TranslationPracticeExtra: {
		message: (id: string) => `The practice ${id} is not in the source.`,
		hint: 'A translation has exactly the practice IDs of its source. Remove it, or fix the ID.',
	},
	TranslationPracticeOrder: {
		message: (id: string, expected: string) => `The practice ${id} is out of order: the source has ${expected} here.`,
		hint: 'Keep the practices in the order of the source.',
	},
	TranslationListLength: {
		message: (id: string, field: string, count: number, expected: number) => `${id} has ${count} ${field} item${count === 1 ? '' : 's'}; the source has ${expected}.`,
		hint: 'Translate each item of the source as one item, in the same order; do not merge, split or drop items.',
	},
	TranslationFieldMissing: {
		message: (id: string, field: string) => `${id} has no ${field}; the source practice has one.`,
		hint: 'Translate every field the source practice has. An observable practice has a question for citizen observers: translate it as a question they answer yes or no.',
	},
	TranslationFieldExtra: {
		message: (id: string, field: string) => `${id} has a ${field}, but the source practice has none.`,
		hint: 'A translation has only the fields of its source practice. Remove it.',
	},
	TranslationAnchorMissing: {
		message: (anchor: string, line: number) => `The section anchor {#${anchor}} of the source (line ${line}) is missing here.`,
		hint: 'Keep every section of the source, with its anchor unchanged: translate the heading text, never the anchor.',
	},
	TranslationAnchorExtra: {
		message: (anchor: string) => `The section anchor {#${anchor}} is not in the source.`,
		hint: 'Use the same anchors as the source, in the same order.',
	},
	TranslationAnchorOrder: {
		message: (anchor: string, expected: string) => `The section anchor {#${anchor}} is out of order: the source has {#${expected}} here.`,
		hint: 'Keep the sections in the order of the source.',
	},
	TranslationComponentMismatch: {
		message: (found: string, expected: string) => `The MDX components differ from the source: found ${found}, the source has ${expected}.`,
		hint: 'Keep the same components with the same props, in the same order; translate only the text around them.',
	},
	TranslationTermMissing: {
		message: (id: string) => `The glossary term ${id} of the source is not translated here.`,
		hint: 'Every term of the source glossary appears in every translation. Add it.',
	},
	TranslationTermExtra: {
		message: (id: string) => `The glossary term ${id} is not in the source glossary.`,
		hint: 'Remove it, or fix its ID.',
	},
	UiKeyMissing: {
		message: (key: string, source: string) => `The key ${key} is missing; ${source} has it.`,
		hint: 'Add the key with its translation. npm run l10n:status lists everything still to translate.',
	},
	UiKeyUnknown: {
		message: (key: string, source: string) => `The key ${key} is not in ${source}.`,
		hint: 'Remove it, or rename it to the key the source uses.',
	},
	UiPluralForms: {
		message: (key: string, locale: string, expected: string, found: string) => `The key ${key} needs the plural forms ${expected} in ${locale}; it has ${found}.`,
		hint: 'i18next JSON v4 plurals: one key per CLDR category of the language, such as key_one and key_other (Arabic has zero, one, two, few, many and other).',
	},
	UiPlaceholderMismatch: {
		message: (key: string, found: string, expected: string) => `The key ${key} uses the placeholders ${found}; the source uses ${expected}.`,
		hint: 'Keep every {{placeholder}} of the source, spelled the same; only a plural form may leave out {{count}}.',
	},
	UiKeyUnused: {
		message: (key: string) => `The key ${key} is not used by any component.`,
		hint: 'Remove it from every locale, or use it through t() with a literal key.',
	},
	UiKeyUndefined: {
		message: (key: string, file: string) => `The code uses the key ${key}, which ${file} does not define.`,
		hint: 'Add the key to the source strings, then to each translation.',
	},
	EditionCodeCollision: {
		message: (code: string, other: string) => `The edition code ${code} is already taken by ${other}.`,
		hint: 'Choose another code; base is reserved for the base template.',
	},
	EditionFolderMismatch: {
		message: (code: string, folder: string) => `The edition code ${code} does not match its folder content/editions/${folder}/.`,
		hint: 'Name the folder after the code, so that links and builds find it.',
	},
	EditionUnknownLocale: {
		message: (locale: string, known: string) => `The locale ${locale} is not one of the template (${known}), and this edition supplies no translation for it.`,
		hint: 'Publish the edition in the template\'s locales, or add the language with npm run l10n:add and translate it first.',
	},
	EditionUnknownVersion: {
		message: (version: string, known: string) => `The template version ${version} does not exist; the releases are ${known}.`,
		hint: 'Pin one of the versions listed under releases in content/template.yaml.',
	},
	UnknownTerm: {
		message: (term: string, known: string) => `The term ${term} is not defined; content/terms.yaml defines ${known}.`,
		hint: 'Use a defined term, or add it to content/terms.yaml with a value for every locale.',
	},
	TermMissingLocale: {
		message: (term: string, locale: string) => `The term ${term} has no value for ${locale}.`,
		hint: 'Give the term a value in every locale that uses it.',
	},
	UnknownPractice: {
		message: (id: string) => `There is no base practice ${id}.`,
		hint: 'Adapt a practice that exists in the base template (see the All practices page), or add one under added.',
	},
	UnknownChapter: {
		message: (slug: string) => `There is no chapter ${slug}.`,
		hint: 'Name the chapter by its slug, the name of its file in content/chapters/en/.',
	},
	UnknownSection: {
		message: (anchor: string, chapter: string) => `The chapter ${chapter} has no section {#${anchor}}.`,
		hint: 'Name the section by the anchor at the end of its heading in the English chapter.',
	},
	MissingLocaleText: {
		message: (locale: string) => `This text has no version in ${locale}, which the edition publishes.`,
		hint: 'Give the text in every locale the edition lists.',
	},
	EditionPracticeIdMismatch: {
		message: (id: string, expected: string) => `The added practice ${id} must be named ${expected}-<n>.`,
		hint: 'An edition practice ID is the edition code and the chapter code in capitals, then a number, so it can never collide with a base ID.',
	},
	EditionChapterCode: {
		message: (code: string, expected: string) => `The chapter code ${code} of an edition's own chapter must start with ${expected}-.`,
		hint: 'Prefix the code with the edition code in capitals (for example CA-LOC), so that its practice IDs can never collide with base IDs.',
	},
	DuplicateAdaptation: {
		message: (what: string) => `${what} is adapted twice.`,
		hint: 'Merge the two adaptations into one entry.',
	},
	InvalidAdaptation: {
		message: (detail: string) => detail,
		hint: 'See the adaptation fields in src/schemas/edition.ts or the walkthrough in docs/editions.md.',
	},
} as const;

export type DiagnosticCode = keyof typeof catalog;
