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
	// Contributed MDX: the build gate (src/markdown/mdx-gate.ts) and the content rules (src/lint/rules/).
	MdxSyntax: {
		message: (detail: string) => `The MDX could not be read: ${detail}`,
		hint: 'In MDX, "<" starts a tag and "{" an expression: write a literal one as \\< or \\{, and close every tag you open.',
	},
	MdxImport: {
		message: (statement: string) => `The file imports code (${statement}); an MDX import runs at build time, so content may not have one.`,
		hint: 'Remove the line. Content may use only the components in src/markdown/mdx-allowlist.ts, which the site supplies without an import.',
	},
	MdxExport: {
		message: (statement: string) => `The file exports code (${statement}); an MDX export runs at build time, so content may not have one.`,
		hint: 'Remove the line. Data about a chapter belongs in its frontmatter, which is validated and never run.',
	},
	MdxExpression: {
		message: (expression: string) => `The expression {${expression}} would run as code at build time; content may not contain one.`,
		hint: 'Write the text itself. Braces are kept for a heading anchor such as {#why}; write a literal brace as \\{.',
	},
	DisallowedComponent: {
		message: (name: string, allowed: readonly string[]) =>
			name === ''
				? `A fragment <>…</> is not allowed in content; the components content may use are ${allowed.map((item) => `<${item}>`).join(', ')}.`
				: /^[a-z]/.test(name)
					? `The HTML element <${name}> is not allowed in content; the components content may use are ${allowed.map((item) => `<${item}>`).join(', ')}.`
					: `<${name}> is not a component content may use; the allowlist has ${allowed.map((item) => `<${item}>`).join(', ')}.`,
		hint: 'Write Markdown instead: **bold**, *emphasis*, lists and [links](glossary.html#chain-of-custody). To propose a new component, open an issue (see CONTRIBUTING.md).',
	},
	DisallowedProp: {
		message: (prop: string, component: string, allowed: readonly string[]) => `<${component}> takes no prop ${prop}; it takes ${allowed.join(', ')}.`,
		hint: 'Remove the prop, or correct its name.',
	},
	MissingProp: {
		message: (prop: string, component: string) => `<${component}> needs the prop ${prop}.`,
		hint: 'Give it as a literal string, for example <Term id="emb" />.',
	},
	NonLiteralProp: {
		message: (prop: string, component: string, form: 'expression' | 'spread' | 'bare') =>
			form === 'bare'
				? `The prop ${prop} of <${component}> has no value.`
				: `The ${form === 'spread' ? 'spread' : 'prop'} ${prop} of <${component}> is an expression, which would run as code at build time.`,
		hint: 'Give every prop a literal string in quotes, for example <Term id="emb" />.',
	},
	ComponentChildren: {
		message: (component: string) => `<${component}> takes nothing between its tags.`,
		hint: 'Close it at once, for example <Term id="emb" />.',
	},
	HeadingAttribute: {
		message: (attribute: string) => `The heading carries the attribute ${attribute}; a heading may carry only its anchor.`,
		hint: 'End the heading with its anchor alone, for example ## Why this matters {#why}.',
	},
	RawHtmlElement: {
		message: (name: string) => {
			const why: Record<string, string> = { script: 'it would run code in the reader\'s browser', iframe: 'it would load another site into the page', style: 'it would restyle the page outside the site\'s stylesheet' };
			return `The <${name}> element is not allowed in content: ${why[name.toLowerCase()] ?? 'content is Markdown, not HTML'}.`;
		},
		hint: 'Remove it. Content is data: write Markdown, and use only the components in src/markdown/mdx-allowlist.ts.',
	},
	EventHandlerAttribute: {
		message: (attribute: string, element: string) => `The attribute ${attribute} on <${element}> is an event handler, which would run code in the reader's browser.`,
		hint: 'Remove the attribute. Content may not carry scripts in any form.',
	},
	UnsafeUrl: {
		message: (url: string, scheme: string) => `The address ${url} uses the ${scheme}: scheme, which a browser may run or hand to another program.`,
		hint: 'Link with https:, http: or mailto:, or to a page of the site by its file name, for example glossary.html#chain-of-custody.',
	},
	RemoteImage: {
		message: (url: string) => `The image ${url} would be loaded from another site, which would tell that site who reads the page.`,
		hint: 'Keep the image in the repository and refer to it by a relative path: the site requests nothing from elsewhere.',
	},
	PracticeIdFormat: {
		message: (id: string) => `The practice ID ${id} is not a chapter code, a hyphen and a number.`,
		hint: 'Write it as the chapter code, a hyphen and a number from 1, for example INC-3.',
	},
	UnknownPracticeReference: {
		message: (id: string, code: string) => `The text refers to ${id}, but chapter ${code} has no such practice.`,
		hint: 'Correct the number; the All practices page lists every practice ID.',
	},
	HeadingTitleLevel: {
		message: () => 'A level-1 heading (#) would repeat the page title, which the site shows as the only level-1 heading.',
		hint: 'Start the sections at level 2: ## Why this matters {#why}.',
	},
	HeadingLevelSkipped: {
		message: (depth: number, previous: number) => `The heading goes from level ${previous} to level ${depth}, skipping a level.`,
		hint: 'Go down one level at a time: a ### heading belongs under a ## heading.',
	},
	SectionAnchorMissing: {
		message: (title: string) => `The section "${title}" has no anchor, so editions and translations cannot refer to it.`,
		hint: 'End the heading with an anchor that never changes, in kebab-case: ## Why this matters {#why}.',
	},
	SectionAnchorFormat: {
		message: (anchor: string) => `The anchor {#${anchor}} is not kebab-case.`,
		hint: 'Use lowercase letters, digits and single hyphens, for example {#threats} or {#adapting}.',
	},
	DuplicateSectionAnchor: {
		message: (anchor: string, line: number) => `The anchor {#${anchor}} is already used on line ${line}.`,
		hint: 'Give each section its own anchor.',
	},
	ReservedSectionAnchor: {
		message: (anchor: string) => `The anchor {#${anchor}} is taken by a part of the page the site adds itself.`,
		hint: 'Choose another anchor.',
	},
	MissingSection: {
		message: (anchor: string, required: readonly string[]) => `The chapter has no section {#${anchor}}; every chapter has ${required.map((item) => `{#${item}}`).join(', ')}, in that order.`,
		hint: 'Add the section: a ## heading ending with the anchor. npm run new:chapter writes the skeleton.',
	},
	SectionOrder: {
		message: (anchor: string, expected: string) => `The section {#${anchor}} is out of order: {#${expected}} comes before it.`,
		hint: 'Keep the required sections in their order: why it matters, the threats addressed, then adapting the chapter.',
	},
	BrokenPageLink: {
		message: (url: string, page: string) => `The link ${url} does not resolve: the site has no page ${page} in an edition.`,
		hint: 'Link to a chapter by its slug (critical-incident-protocol.html), to a practice (critical-incident-protocol.html#INC-3 or practices.html#INC-3) or to a glossary term (glossary.html#chain-of-custody).',
	},
	BrokenAnchorLink: {
		message: (url: string, anchor: string, page: string) => `The link ${url} does not resolve: ${page} has no anchor #${anchor}.`,
		hint: 'Link to a section anchor, a practice ID or a glossary term ID that exists; IDs are case-sensitive.',
	},
	RootAbsoluteLink: {
		message: (url: string) => `The link ${url} starts with "/", so it breaks when the site is served under a sub-path or opened from disk.`,
		hint: 'Link relatively, by file name: critical-incident-protocol.html#INC-3.',
	},
	ImageAltMissing: {
		message: (image: string) => `The image ${image} has no alt text, so a screen reader cannot say what it shows.`,
		hint: 'Describe the image between the brackets: ![A sealed ballot box with a numbered tie](ballot-box.png).',
	},
	HardcodedInstitution: {
		message: (name: string, field: string, term: string) => `${field} names ${name}, which each edition would have to change; write <Term id="${term}" /> instead.`,
		hint: 'Requirements name institutions through terms (content/terms.yaml), which each edition sets; real names belong in the rationale and the prose, as facts from the public record.',
	},
} as const;

export type DiagnosticCode = keyof typeof catalog;
