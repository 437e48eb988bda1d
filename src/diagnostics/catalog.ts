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
} as const;

export type DiagnosticCode = keyof typeof catalog;
