/**
 * The catalog of content errors. Each entry has a permanent name (used in
 * output and tests), a message that says what happened, and a hint that says
 * what to do. Messages carry no "Error:" prefix.
 */
export interface CatalogEntry {
	/** A short name for the problem, for lists and documentation. @example Duplicate practice ID */
	title: string;
	/** What happened and why, from the arguments at the call site. No "Error:" prefix. */
	message: (...args: never[]) => string;
	/** What to do about it. */
	hint: string;
}

export const catalog = {
	InvalidField: {
		title: 'Invalid field',
		message: (detail: string) => detail,
		hint: 'See the field descriptions in src/schemas/ or the authoring guide in README.md.',
	},
	YamlSyntax: {
		title: 'YAML syntax error',
		message: (detail: string) => `The YAML could not be read: ${detail}`,
		hint: 'Check indentation and quote any text that contains ": " or starts with a special character.',
	},
	JsonSyntax: {
		title: 'JSON syntax error',
		message: (detail: string) => `The JSON could not be read: ${detail}.`,
		hint: 'Each entry is "key": "text", separated by commas, with no comma after the last one; text goes in double quotes.',
	},
	YamlUnknownTag: {
		title: 'Unknown YAML tag',
		message: (tag: string) => `The YAML tag ${tag} is not one this kit reads: the value would be dropped or read as something else.`,
		hint: 'Remove the tag and write the value as plain text, a list or a mapping; put quotes around text that starts with "!".',
	},
	YamlAliasBomb: {
		title: 'YAML aliases expand too far',
		message: () => 'The YAML aliases here (*name) expand into more than 100 copies, which could exhaust memory, so the file was not read.',
		hint: 'Write the values out instead of using anchors (&name) and aliases (*name); content files need neither.',
	},
	BidiControl: {
		title: 'Bidirectional control character',
		message: (char: string) =>
			`This text contains the invisible control character ${char}, which changes the order in which the text is displayed, so what a reader sees differs from what is written.`,
		hint: 'Delete the character (an editor that shows invisible characters helps). Right-to-left text needs none: its direction comes from the locale.',
	},
	MissingFrontmatter: {
		title: 'Missing frontmatter',
		message: () => 'The file has no frontmatter block.',
		hint: 'Start the file with a line "---", the YAML fields, and another line "---".',
	},
	MissingFile: {
		title: 'Missing file',
		message: (what: string) => `${what} is missing.`,
		hint: 'Create it; see README.md for the layout of content/.',
	},
	DuplicateChapterCode: {
		title: 'Duplicate chapter code',
		message: (code: string, other: string) => `The chapter code ${code} is already used by ${other}.`,
		hint: 'Each chapter needs its own code; choose another 2 to 4 letter code.',
	},
	DuplicateChapterSlug: {
		title: 'Duplicate chapter slug',
		message: (slug: string, other: string) => `The slug ${slug} is already used by ${other}.`,
		hint: 'Each chapter needs its own slug; choose another.',
	},
	DuplicateChapterOrder: {
		title: 'Duplicate chapter order',
		message: (order: number, other: string) => `The order ${order} is already used by ${other}.`,
		hint: 'Give each chapter its own position.',
	},
	DuplicatePracticeId: {
		title: 'Duplicate practice ID',
		message: (id: string, other: string) => `The practice ID ${id} is already used at ${other}.`,
		hint: 'Practice IDs are unique and never reused. Give this practice the next unused number of its chapter.',
	},
	RetiredPracticeId: {
		title: 'Retired practice ID',
		message: (id: string, version: string) => `The practice ID ${id} was retired in version ${version} and can never be used again.`,
		hint: 'Give this practice the next unused number of its chapter; see retiredPracticeIds in content/template.yaml.',
	},
	PracticeCodeMismatch: {
		title: 'Practice ID outside its chapter',
		message: (id: string, code: string) => `The practice ID ${id} does not start with its chapter code ${code}.`,
		hint: "Write it as the chapter's own code, a hyphen and a number, for example INC-3 in chapter INC.",
	},
	SlugFileMismatch: {
		title: 'Slug and file name differ',
		message: (slug: string, file: string) => `The slug ${slug} does not match the file name ${file}.`,
		hint: 'Name the file <slug>.mdx, so that links and translations find it.',
	},
	ReservedSlug: {
		title: 'Reserved slug',
		message: (slug: string) => `The slug ${slug} is reserved for a page of the site.`,
		hint: 'Choose another slug.',
	},
	DuplicateGlossaryTerm: {
		title: 'Duplicate glossary term',
		message: (id: string) => `The glossary term ID ${id} is used twice.`,
		hint: 'Give each term its own ID.',
	},
	UnknownLocale: {
		title: 'Unknown locale folder',
		message: (locale: string) => `The folder ${locale} is not a locale listed in content/template.yaml.`,
		hint: 'Add the locale to `locales` in content/template.yaml, or move the file.',
	},
	OrphanTranslation: {
		title: 'Translation without a source',
		message: (file: string) => `This translation has no source: ${file} does not exist.`,
		hint: 'Name the translation after its source file, or delete it if the source was removed.',
	},
	TranslationNotChecked: {
		title: 'Translation not checked',
		message: (file: string) => `This translation was not checked against its source, because ${file} has errors (reported with that file) and could not be read.`,
		hint: 'Fix the error in the source file; the translation is checked again on the next run.',
	},
	TranslationPracticeMissing: {
		title: 'Practice missing from a translation',
		message: (id: string) => `The practice ${id} of the source is not translated here.`,
		hint: 'Every practice of the source appears in every translation, in the same order. Add it.',
	},
	TranslationPracticeExtra: {
		title: 'Practice not in the source',
		message: (id: string) => `The practice ${id} is not in the source.`,
		hint: 'A translation has exactly the practice IDs of its source. Remove it, or fix the ID.',
	},
	TranslationPracticeOrder: {
		title: 'Practices out of order',
		message: (id: string, expected: string) => `The practice ${id} is out of order: the source has ${expected} here.`,
		hint: 'Keep the practices in the order of the source.',
	},
	TranslationListLength: {
		title: 'List length differs from the source',
		message: (id: string, field: string, count: number, expected: number) => `${id} has ${count} ${field} item${count === 1 ? '' : 's'}; the source has ${expected}.`,
		hint: 'Translate each item of the source as one item, in the same order; do not merge, split or drop items.',
	},
	TranslationFieldMissing: {
		title: 'Field missing from a translation',
		message: (id: string, field: string) => `${id} has no ${field}; the source practice has one.`,
		hint: 'Translate every field the source practice has. An observable practice has a question for citizen observers: translate it as a question they answer yes or no.',
	},
	TranslationFieldExtra: {
		title: 'Field not in the source',
		message: (id: string, field: string) => `${id} has a ${field}, but the source practice has none.`,
		hint: 'A translation has only the fields of its source practice. Remove it.',
	},
	TranslationAnchorMissing: {
		title: 'Section anchor missing from a translation',
		message: (anchor: string, line: number) => `The section anchor {#${anchor}} of the source (line ${line}) is missing here.`,
		hint: 'Keep every section of the source, with its anchor unchanged: translate the heading text, never the anchor.',
	},
	TranslationAnchorExtra: {
		title: 'Section anchor not in the source',
		message: (anchor: string) => `The section anchor {#${anchor}} is not in the source.`,
		hint: 'Use the same anchors as the source, in the same order.',
	},
	TranslationAnchorOrder: {
		title: 'Sections out of order',
		message: (anchor: string, expected: string) => `The section anchor {#${anchor}} is out of order: the source has {#${expected}} here.`,
		hint: 'Keep the sections in the order of the source.',
	},
	TranslationTermsMismatch: {
		title: 'Translation names other institutions',
		message: (id: string, found: string, wanted: string) => `${id} uses the terms ${found}; its source uses ${wanted}.`,
		hint: 'Name the same institutions as the source, through the same terms; how often, and in which form, is up to the translation.',
	},
	TranslationComponentMismatch: {
		title: 'Components differ from the source',
		message: (found: string, expected: string) => `The MDX components differ from the source: found ${found}, the source has ${expected}.`,
		hint: 'Keep the same components with the same props, in the same order; translate only the text around them.',
	},
	TranslationTermMissing: {
		title: 'Glossary term missing from a translation',
		message: (id: string) => `The glossary term ${id} of the source is not translated here.`,
		hint: 'Every term of the source glossary appears in every translation. Add it.',
	},
	TranslationTermExtra: {
		title: 'Glossary term not in the source',
		message: (id: string) => `The glossary term ${id} is not in the source glossary.`,
		hint: 'Remove it, or fix its ID.',
	},
	UiKeyMissing: {
		title: 'UI string missing',
		message: (key: string, source: string) => `The key ${key} is missing; ${source} has it.`,
		hint: 'Add the key with its translation. npm run l10n:status lists everything still to translate.',
	},
	UiKeyUnknown: {
		title: 'Unknown UI string',
		message: (key: string, source: string) => `The key ${key} is not in ${source}.`,
		hint: 'Remove it, or rename it to the key the source uses.',
	},
	UiPluralForms: {
		title: 'Wrong plural forms',
		message: (key: string, locale: string, expected: string, found: string) => `The key ${key} needs the plural forms ${expected} in ${locale}; it has ${found}.`,
		hint: 'i18next JSON v4 plurals: one key per CLDR category of the language, such as key_one and key_other (Arabic has zero, one, two, few, many and other).',
	},
	UiPlaceholderMismatch: {
		title: 'Placeholders differ from the source',
		message: (key: string, found: string, expected: string) => `The key ${key} uses the placeholders ${found}; the source uses ${expected}.`,
		hint: 'Keep every {{placeholder}} of the source, spelled the same; only a plural form may leave out {{count}}.',
	},
	UiKeyUnused: {
		title: 'Unused UI string',
		message: (key: string) => `The key ${key} is not used by any component.`,
		hint: 'Remove it from every locale, or use it through t() with a literal key.',
	},
	UiKeyUndefined: {
		title: 'Undefined UI string',
		message: (key: string, file: string) => `The code uses the key ${key}, which ${file} does not define.`,
		hint: 'Add the key to the source strings, then to each translation.',
	},
	EditionCodeCollision: {
		title: 'Edition code taken',
		message: (code: string, other: string) => `The edition code ${code} is already taken by ${other}.`,
		hint: 'Choose another code; base is reserved for the base template.',
	},
	EditionCodeReserved: {
		title: 'Reserved edition code',
		message: (code: string, what: string) => `The edition code ${code} is reserved: it is ${what}, so the edition's pages and those would be written to the same place.`,
		hint: 'Choose another code, for example the country code in lower case (ca), and rename the edition folder to match.',
	},
	EditionNotChecked: {
		title: 'Edition references not checked',
		message: (files: string) =>
			`The chapters and practices this file names were not checked against the base template, because the YAML of ${files} could not be read (the error is reported with that file).`,
		hint: 'Fix the errors in the base chapter; the edition is checked again on the next run.',
	},
	EditionFolderMismatch: {
		title: 'Edition code and folder differ',
		message: (code: string, folder: string) => `The edition code ${code} does not match its folder content/editions/${folder}/.`,
		hint: 'Name the folder after the code, so that links and builds find it.',
	},
	EditionUnknownLocale: {
		title: 'Edition locale unknown',
		message: (locale: string, known: string) => `The locale ${locale} is not one of the template (${known}), and this edition supplies no translation for it.`,
		hint: "Publish the edition in the template's locales, or add the language with npm run l10n:add and translate it first.",
	},
	EditionUnknownVersion: {
		title: 'Unknown template version',
		message: (version: string, known: string) => `The template version ${version} does not exist; the releases are ${known}.`,
		hint: 'Pin one of the versions listed under releases in content/template.yaml.',
	},
	UnknownTerm: {
		title: 'Unknown term',
		message: (term: string, known: string) => `The term ${term} is not defined; content/terms.yaml defines ${known}.`,
		hint: 'Use a defined term, or add it to content/terms.yaml with a value for every locale.',
	},
	TermMissingLocale: {
		title: 'Term missing a locale',
		message: (term: string, locale: string) => `The term ${term} has no value for ${locale}.`,
		hint: 'Give the term a value in every locale that uses it.',
	},
	TermFormMissing: {
		title: 'Term form missing',
		message: (term: string, locale: string, form: string, forms: string) => `The term ${term} has no ${form} form in ${locale}; each value there gives ${forms}.`,
		hint: 'Give every form that forms: in content/terms.yaml lists for the locale, for example { definite: Elections Canada, start: Elections Canada }.',
	},
	NameUnknownLocale: {
		title: 'Name in an unknown language',
		message: (name: string, locale: string, locales: string) => `${name} is given in ${locale}, which is not a language the template is translated into (${locales}).`,
		hint: 'Key each name by a locale of content/template.yaml other than the source; the English name itself is the key.',
	},
	TermFormUnknown: {
		title: 'Unknown term form',
		message: (form: string, locale: string, forms: string) => `There is no form ${form} in ${locale}; its forms are ${forms}.`,
		hint: 'Use one of the forms that forms: in content/terms.yaml lists for the locale, or add the form there (and a value for it in every term).',
	},

	OverlayInvalid: {
		title: 'Edition invalid once applied',
		message: (what: string, edition: string, problem: string) => `${what}, with the edition ${edition} applied, ${problem}.`,
		hint: 'Change the adaptation so that the edition, once applied to the base, is still a valid publication: one ID and one anchor per practice and section, and every term known.',
	},
	UnknownPractice: {
		title: 'Unknown base practice',
		message: (id: string) => `There is no base practice ${id}.`,
		hint: 'Adapt a practice that exists in the base template (see the All practices page), or add one under added.',
	},
	UnknownChapter: {
		title: 'Unknown chapter',
		message: (slug: string) => `There is no chapter ${slug}.`,
		hint: 'Name the chapter by its slug, the name of its file in content/chapters/en/.',
	},
	UnknownSection: {
		title: 'Unknown section',
		message: (anchor: string, chapter: string) => `The chapter ${chapter} has no section {#${anchor}}.`,
		hint: 'Name the section by the anchor at the end of its heading in the English chapter.',
	},
	MissingLocaleText: {
		title: 'Text missing a locale',
		message: (locale: string) => `This text has no version in ${locale}, which the edition publishes.`,
		hint: 'Give the text in every locale the edition lists.',
	},
	EditionPracticeIdMismatch: {
		title: 'Added practice ID outside the edition',
		message: (id: string, expected: string) => `The added practice ${id} must be named ${expected}-<n>.`,
		hint: 'An edition practice ID is the edition code and the chapter code in capitals, then a number, so it can never collide with a base ID.',
	},
	EditionChapterCode: {
		title: 'Edition chapter code without the edition prefix',
		message: (code: string, expected: string) => `The chapter code ${code} of an edition's own chapter must start with ${expected}-.`,
		hint: 'Prefix the code with the edition code in capitals (for example CA-LOC), so that its practice IDs can never collide with base IDs.',
	},
	DuplicateAdaptation: {
		title: 'Adapted twice',
		message: (what: string) => `${what} is adapted twice.`,
		hint: 'Merge the two adaptations into one entry.',
	},
	PrerequisitePoints: {
		title: 'Points on a prerequisite',
		message: (id: string) => `${id} is a prerequisite: a gate carries no points.`,
		hint: 'Remove points, or make the practice a credit (kind: credit) if it should earn points.',
	},
	UnrecordedAdaptation: {
		title: 'Adaptation without a recorded base',
		message: (label: string, edition: string) =>
			`The adaptation of ${label} has no recorded base yet, so a later change to the base text could not be detected; once it is reviewed, run npm run editions:accept -- ${edition}.`,
		hint: 'A warning while you work; a strict build (--strict, and every CI build) fails until the base is recorded.',
	},
	SectionNewAnchorMissing: {
		title: 'Inserted section without an anchor',
		message: () => 'An inserted or appended section needs a newAnchor.',
		hint: 'Give the new section an anchor of its own in kebab-case, for example newAnchor: provincial-coordination.',
	},
	SectionHtml: {
		title: 'HTML in an edition section',
		message: (locale: string) => `The ${locale} text of this section contains HTML; write it in Markdown only.`,
		hint: 'Write the section in Markdown: **bold**, *emphasis*, lists and [links](glossary.html#chain-of-custody).',
	},
	EditionChapterPractices: {
		title: "Edition chapter's practices differ between locales",
		message: (ids: string, other: string, expected: string) =>
			`This chapter has the practices ${ids}; ${other} has ${expected}. Every locale of the edition's chapter has the same practices.`,
		hint: "Give every locale of the edition's chapter the same practice IDs, in the same order.",
	},
	// Contributed MDX: the build gate (src/markdown/mdx-gate.ts) and the content rules (src/lint/rules/).
	MdxSyntax: {
		title: 'MDX syntax error',
		message: (detail: string) => `The MDX could not be read: ${detail}`,
		hint: 'In MDX, "<" starts a tag and "{" an expression: write a literal one as \\< or \\{, and close every tag you open.',
	},
	MdxImport: {
		title: 'Import in content',
		message: (statement: string) => `The file imports code (${statement}); an MDX import runs at build time, so content may not have one.`,
		hint: 'Remove the line. Content may use only the components in src/markdown/mdx-allowlist.ts, which the site supplies without an import.',
	},
	MdxExport: {
		title: 'Export in content',
		message: (statement: string) => `The file exports code (${statement}); an MDX export runs at build time, so content may not have one.`,
		hint: 'Remove the line. Data about a chapter belongs in its frontmatter, which is validated and never run.',
	},
	MdxExpression: {
		title: 'Expression in content',
		message: (expression: string) => `The expression {${expression}} would run as code at build time; content may not contain one.`,
		hint: 'Write the text itself. Braces are kept for a heading anchor such as {#why}; write a literal brace as \\{.',
	},
	DisallowedComponent: {
		title: 'Component not allowed',
		message: (name: string, allowed: readonly string[]) =>
			name === ''
				? `A fragment <>…</> is not allowed in content; the components content may use are ${allowed.map((item) => `<${item}>`).join(', ')}.`
				: /^[a-z]/.test(name)
					? `The HTML element <${name}> is not allowed in content; the components content may use are ${allowed.map((item) => `<${item}>`).join(', ')}.`
					: `<${name}> is not a component content may use; the allowlist has ${allowed.map((item) => `<${item}>`).join(', ')}.`,
		hint: 'Write Markdown instead: **bold**, *emphasis*, lists and [links](glossary.html#chain-of-custody). To propose a new component, open an issue (see CONTRIBUTING.md).',
	},
	DisallowedProp: {
		title: 'Prop not allowed',
		message: (prop: string, component: string, allowed: readonly string[]) => `<${component}> takes no prop ${prop}; it takes ${allowed.join(', ')}.`,
		hint: 'Remove the prop, or correct its name.',
	},
	MissingProp: {
		title: 'Missing prop',
		message: (prop: string, component: string) => `<${component}> needs the prop ${prop}.`,
		hint: 'Give it as a literal string, for example <Term id="emb" />.',
	},
	NonLiteralProp: {
		title: 'Prop that is not a literal',
		message: (prop: string, component: string, form: 'expression' | 'spread' | 'bare') =>
			form === 'bare'
				? `The prop ${prop} of <${component}> has no value.`
				: `The ${form === 'spread' ? 'spread' : 'prop'} ${prop} of <${component}> is an expression, which would run as code at build time.`,
		hint: 'Give every prop a literal string in quotes, for example <Term id="emb" />.',
	},
	ComponentChildren: {
		title: 'Component with children',
		message: (component: string) => `<${component}> takes nothing between its tags.`,
		hint: 'Close it at once, for example <Term id="emb" />.',
	},
	HeadingAttribute: {
		title: 'Heading attribute not allowed',
		message: (attribute: string) => `The heading carries the attribute ${attribute}; a heading may carry only its anchor.`,
		hint: 'End the heading with its anchor alone, for example ## Why this matters {#why}.',
	},
	RawHtmlElement: {
		title: 'HTML element in content',
		message: (name: string) => {
			const why: Record<string, string> = {
				script: "it would run code in the reader's browser",
				iframe: 'it would load another site into the page',
				style: "it would restyle the page outside the site's stylesheet",
			};
			return `The <${name}> element is not allowed in content: ${why[name.toLowerCase()] ?? 'content is Markdown, not HTML'}.`;
		},
		hint: 'Remove it. Content is data: write Markdown, and use only the components in src/markdown/mdx-allowlist.ts.',
	},
	EventHandlerAttribute: {
		title: 'Event handler in content',
		message: (attribute: string, element: string) => `The attribute ${attribute} on <${element}> is an event handler, which would run code in the reader's browser.`,
		hint: 'Remove the attribute. Content may not carry scripts in any form.',
	},
	UnsafeUrl: {
		title: 'Unsafe address',
		message: (url: string, scheme: string) => `The address ${url} uses the ${scheme}: scheme, which a browser may run or hand to another program.`,
		hint: 'Link with https: or mailto:, or to a page of the site by its file name, for example glossary.html#chain-of-custody.',
	},
	InsecureUrl: {
		title: 'Unencrypted address',
		message: (url: string) => `The address ${url} uses http:, which sends the page unencrypted: anyone on the way could read or change what the reader gets.`,
		hint: 'Use the https: address of the same page; if the site has none, cite it in the sources without a link.',
	},
	UnsafePath: {
		title: 'Address outside the site',
		message: (url: string, why: string) => `The address ${url} ${why}, so it could reach a file outside the publication.`,
		hint: 'Link to a page of the site by its file name (glossary.html#chain-of-custody), and give an image as a path relative to the file, beside it or under content/media/ (for example ../../media/ballot-box.png).',
	},
	ImageOutsideMedia: {
		title: 'Image outside the media folders',
		message: (url: string, resolved: string) => `The image ${url} resolves to ${resolved}, which is neither beside the file nor under content/media/.`,
		hint: 'Put the image in content/media/ (or beside the file that shows it) and refer to it by a relative path that stays inside that folder.',
	},
	ImageType: {
		title: 'Image type not allowed',
		message: (url: string, allowed: readonly string[]) => `The image ${url} is not one of the types content may show (${allowed.join(', ')}).`,
		hint: 'Save the image as PNG, JPEG, WebP, AVIF or SVG, with the matching extension.',
	},
	ImageReference: {
		title: 'Image given by reference',
		message: (label: string) => `The image ![…][${label}] takes its address from a reference definition; content images must give their path inline.`,
		hint: 'Write the path in the image itself: ![A sealed ballot box](../../media/ballot-box.png).',
	},
	SectionImage: {
		title: 'Image in an edition section',
		message: (locale: string, url: string) => `The ${locale} body shows the image ${url}; an edition section body is plain Markdown text and may not show images.`,
		hint: 'Describe the figure in words, or propose the image for the chapter itself, under content/media/.',
	},
	MediaMissing: {
		title: 'Image not found',
		message: (url: string, resolved: string) => `The image ${url} should be the file ${resolved}, which does not exist.`,
		hint: 'Check the path: it is relative to the file that shows the image. Images live in content/media/ or beside the file.',
	},
	MediaSymlink: {
		title: 'Image is a symbolic link',
		message: (url: string, resolved: string) =>
			`The image ${url} (${resolved}) is a symbolic link, or lies in a linked folder; a link could publish a file from outside the repository.`,
		hint: 'Copy the image itself into content/media/ instead of linking to it.',
	},
	MediaContent: {
		title: 'Image content does not match its type',
		message: (url: string, expected: string) => `The file of the image ${url} does not start like a ${expected} file, so it is not the image its name says.`,
		hint: 'Export the image again in the format its extension names (PNG, JPEG, WebP, AVIF or SVG), or rename it to the extension of its real format.',
	},
	SvgUnsafe: {
		title: 'SVG with active content',
		message: (url: string, what: string) => `The SVG image ${url} contains ${what}, which could run code or load something from elsewhere when the file is opened on its own.`,
		hint: 'Export the SVG again as plain shapes and text: no <script>, no event handlers, no <foreignObject>, no links or references to other files.',
	},
	SymlinkedContent: {
		title: 'Content file is a symbolic link',
		message: () => 'The file or folder is a symbolic link, or lies in a linked folder; the kit reads only files that are really inside the repository.',
		hint: 'Replace the link with the file itself (copy it into the repository).',
	},
	RemoteImage: {
		title: 'Image from another site',
		message: (url: string) => `The image ${url} would be loaded from another site, which would tell that site who reads the page.`,
		hint: 'Keep the image in the repository and refer to it by a relative path: the site requests nothing from elsewhere.',
	},
	PracticeIdFormat: {
		title: 'Malformed practice ID',
		message: (id: string) => `The practice ID ${id} is not a chapter code, a hyphen and a number.`,
		hint: 'Write it as the chapter code, a hyphen and a number from 1, for example INC-3.',
	},
	UnknownPracticeReference: {
		title: 'Reference to an unknown practice',
		message: (id: string, code: string) => `The text refers to ${id}, but chapter ${code} has no such practice.`,
		hint: 'Correct the number; the All practices page lists every practice ID.',
	},
	HeadingTitleLevel: {
		title: 'Level-1 heading',
		message: () => 'A level-1 heading (#) would repeat the page title, which the site shows as the only level-1 heading.',
		hint: 'Start the sections at level 2: ## Why this matters {#why}.',
	},
	HeadingLevelSkipped: {
		title: 'Heading level skipped',
		message: (depth: number, previous: number) => `The heading goes from level ${previous} to level ${depth}, skipping a level.`,
		hint: 'Go down one level at a time: a ### heading belongs under a ## heading.',
	},
	SectionAnchorMissing: {
		title: 'Section without an anchor',
		message: (title: string) => `The section "${title}" has no anchor, so editions and translations cannot refer to it.`,
		hint: 'End the heading with an anchor that never changes, in kebab-case: ## Why this matters {#why}.',
	},
	SectionAnchorFormat: {
		title: 'Malformed section anchor',
		message: (anchor: string) => `The anchor {#${anchor}} is not kebab-case.`,
		hint: 'Use lowercase letters, digits and single hyphens, for example {#threats} or {#adapting}.',
	},
	DuplicateSectionAnchor: {
		title: 'Duplicate section anchor',
		message: (anchor: string, line: number) => `The anchor {#${anchor}} is already used on line ${line}.`,
		hint: 'Give each section its own anchor.',
	},
	ReservedSectionAnchor: {
		title: 'Reserved section anchor',
		message: (anchor: string) => `The anchor {#${anchor}} is taken by a part of the page the site adds itself.`,
		hint: 'Choose another anchor.',
	},
	MissingSection: {
		title: 'Required section missing',
		message: (anchor: string, required: readonly string[]) =>
			`The chapter has no section {#${anchor}}; every chapter has ${required.map((item) => `{#${item}}`).join(', ')}, in that order.`,
		hint: 'Add the section: a ## heading ending with the anchor. npm run new:chapter writes the skeleton.',
	},
	SectionOrder: {
		title: 'Required sections out of order',
		message: (anchor: string, expected: string) => `The section {#${anchor}} is out of order: {#${expected}} comes before it.`,
		hint: 'Keep the required sections in their order: why it matters, the threats addressed, then adapting the chapter.',
	},
	BrokenPageLink: {
		title: 'Link to a missing page',
		message: (url: string, page: string) => `The link ${url} does not resolve: the site has no page ${page} in an edition.`,
		hint: 'Link to a chapter by its slug (critical-incident-protocol.html), to a practice (critical-incident-protocol.html#INC-3 or practices.html#INC-3) or to a glossary term (glossary.html#chain-of-custody).',
	},
	BrokenAnchorLink: {
		title: 'Link to a missing anchor',
		message: (url: string, anchor: string, page: string) => `The link ${url} does not resolve: ${page} has no anchor #${anchor}.`,
		hint: 'Link to a section anchor, a practice ID or a glossary term ID that exists; IDs are case-sensitive.',
	},
	RootAbsoluteLink: {
		title: 'Root-absolute link',
		message: (url: string) => `The link ${url} starts with "/", so it breaks when the site is served under a sub-path or opened from disk.`,
		hint: 'Link relatively, by file name: critical-incident-protocol.html#INC-3.',
	},
	ImageAltMissing: {
		title: 'Image without alt text',
		message: (image: string) => `The image ${image} has no alt text, so a screen reader cannot say what it shows.`,
		hint: 'Describe the image between the brackets: ![A sealed ballot box with a numbered tie](ballot-box.png).',
	},
	HardcodedInstitution: {
		title: 'Institution named outside a term',
		message: (name: string, field: string, marker: string) => `${field} names ${name}, which each edition would have to change; write ${marker} instead.`,
		hint: 'Requirements name institutions through terms (content/terms.yaml), which each edition sets; real names belong in the rationale and the prose, as facts from the public record.',
	},
	UncontractedTerm: {
		title: 'Term after a word it contracts with',
		message: (found: string, word: string, marker: string) =>
			`"${found}" reads "${word}" and the name apart, which most names do not allow (de + le = du, de + Élections = d'Élections); write ${marker} instead.`,
		hint: 'The term has a form for it (contractions: and forms: in content/terms.yaml), which each edition gives for its own name.',
	},
	GenericInstitution: {
		title: 'Neutral wording outside a term',
		message: (phrase: string, field: string, marker: string) => `${field} writes "${phrase}", the neutral wording an edition cannot change; write ${marker} instead.`,
		hint: 'A requirement names the institutions of content/terms.yaml only through their terms, in the grammatical form the sentence needs (forms: there); the rationale and the prose may keep generic wording.',
	},

	// The build itself (src/integrations/publication.ts): thrown as a KitError, with no file of their own.
	ContentHasErrors: {
		title: 'The content has errors',
		message: (report: string) => `The content has errors; nothing was built.\n${report}`,
		hint: 'Fix each error at the file and line given; npm run check lists them all without building.',
	},
	StaleAdaptations: {
		title: 'Stale edition adaptations',
		message: (count: number) => `${count} stale edition adaptation(s); run npm run editions:status, review them, then npm run editions:accept -- <edition>.`,
		hint: 'A strict build (--strict, and every CI build) fails while an adaptation was written against base text that has since changed.',
	},
	UnrecordedAdaptations: {
		title: 'Unrecorded edition adaptations',
		message: (count: number) => `${count} edition adaptation(s) without a recorded base; review them, then run npm run editions:accept -- <edition>.`,
		hint: 'A strict build (--strict, and every CI build) fails while an adaptation does not record the base text it was written against.',
	},
	RootAbsoluteUrls: {
		title: 'Root-absolute URLs in the output',
		message: (offenders: readonly string[]) => `Root-absolute URLs break the site under a sub-path and from file://. Make them relative:\n${offenders.join('\n')}`,
		hint: 'Build links with the page context\'s link() helper (src/site/relative-url.ts), never from "/".',
	},
	SigningKeyInvalid: {
		title: 'Unusable signing key',
		message: (detail: string) => detail,
		hint: 'Set CET_SIGNING_KEY to an Ed25519 private key in PEM, or CET_SIGNING_KEY_FILE to a file holding one: openssl genpkey -algorithm ed25519 -out publisher.pem.',
	},
	MediaRefused: {
		title: 'Image refused at build',
		message: (page: string, problem: string) => `The page ${page} shows an image the build will not publish: ${problem}`,
		hint: 'Run npm run check, which names the content file and line of the image, and fix what it reports.',
	},
	CacheCommitted: {
		title: 'Build cache committed to the repository',
		message: (files: string) =>
			`The repository tracks files under .cache/ (${files}). The build trusts that folder as its own results (checked files, search indexes, zips, PDFs), so it reads nothing from it while any of it comes from the repository.`,
		hint: 'Remove them from the repository, keeping your own copy: git rm -r --cached .cache, then commit. .cache/ is in .gitignore; never add it with git add -f.',
	},
	PdfCacheUnwritable: {
		title: 'PDF cache not writable',
		message: (dir: string, problem: string) => `The PDF cache ${dir} could not be written (${problem}).`,
		hint: 'Set CET_PDF_CACHE to a folder this user can write, or to off to print every PDF without a cache.',
	},
	BuildStateMissing: {
		title: 'Build state missing',
		message: () => 'The build finished without the content the publication integration loads at setup.',
		hint: 'Build with npm run build, which runs the integration from astro.config.mjs.',
	},
} satisfies Record<string, CatalogEntry>;

export type DiagnosticCode = keyof typeof catalog;
/** The arguments an entry's message takes: the factory and the lint's report() check them at compile time. */
export type MessageArgs<C extends DiagnosticCode> = Parameters<(typeof catalog)[C]['message']>;

/** An entry's message, with arguments checked against the entry. */
export function messageOf<C extends DiagnosticCode>(code: C, ...args: MessageArgs<C>): string {
	return (catalog[code].message as (...values: MessageArgs<C>) => string)(...args);
}
