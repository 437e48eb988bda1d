/**
 * `npm run new:chapter -- <slug> --code XYZ [--title "…"] [--pillar govern]
 * [--contributor "Name"] [--organisation "…"]`: writes the skeleton of a new
 * chapter, content/chapters/<source locale>/<slug>.mdx, as a draft that
 * passes npm run check at once. Only the source text is created: until a
 * translator adds a translation, readers of the other languages see the
 * English text under a notice, and npm run l10n:status lists it as missing.
 * The contributor's guide is CONTRIBUTING.md.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chapterScaffold, titleFromSlug } from '../src/content/chapter-scaffold.ts';
import { splitFrontmatter } from '../src/markdown/frontmatter.ts';
import { validate } from '../src/content/validate-schema.ts';
import { RESERVED_SLUGS } from '../src/schemas/site-pages.ts';
import { parseYamlSource } from '../src/utils/yaml-source.ts';
import type { Diagnostic } from '../src/diagnostics/diagnostic.ts';
import { chapterSchema } from '../src/schemas/chapter.ts';
import { pillarIdSchema } from '../src/schemas/pillar.ts';
import { publicationOrExit } from './support/publication.ts';
import { commandLine } from './support/args.ts';

const usage = 'Usage: npm run new:chapter -- <slug> --code XYZ [--title "…"] [--pillar govern] [--contributor "Name"] [--organisation "…"]';
const { values, positionals } = commandLine(usage, {
	allowPositionals: true,
	options: {
		code: { type: 'string' },
		title: { type: 'string' },
		pillar: { type: 'string', default: 'govern' },
		contributor: { type: 'string' },
		organisation: { type: 'string' },
	},
});
const fail = (message: string): never => {
	console.error(message);
	process.exit(2);
};
const [slug] = positionals;
if (!slug || !values.code) fail(usage);
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug!)) fail(`The slug ${slug} is not kebab-case. Use lowercase words joined by hyphens, for example voter-registration.`);
if (!/^[A-Z]{2,4}$/.test(values.code!)) fail(`The code ${values.code} is not 2 to 4 capital letters. Choose one such as VRG.`);
if (RESERVED_SLUGS.includes(slug!)) fail(`The slug ${slug} is reserved for a page of the site. Choose another.`);
const pillar = pillarIdSchema.safeParse(values.pillar);
if (!pillar.success) fail(pillar.error.issues[0]!.message);

const root = process.cwd();
const publication = publicationOrExit(root);
const locale = publication.template.sourceLocale;
const file = `content/chapters/${locale}/${slug}.mdx`;
if (existsSync(path.join(root, file))) fail(`${file} already exists. Choose another slug.`);
const sameCode = publication.chapters.find((chapter) => chapter.data.code === values.code);
if (sameCode) fail(`The code ${values.code} is already used by ${sameCode.file}. Choose another.`);

// IDs are never reused: a code whose practices were retired starts after them.
const retired = new Set(publication.template.retiredPracticeIds.map((entry) => entry.id));
let practiceNumber = 1;
while (retired.has(`${values.code}-${practiceNumber}`)) practiceNumber += 1;
const order = Math.max(0, ...publication.chapters.map((chapter) => chapter.data.order)) + 1;
const text = chapterScaffold({
	slug: slug!,
	code: values.code!,
	order,
	title: values.title ?? titleFromSlug(slug!),
	pillar: pillar.data!,
	reviewed: new Date().toISOString().slice(0, 10),
	practiceNumber,
	contributor: { name: values.contributor ?? 'Your name', organisation: values.organisation },
});

// What is written must read back as a valid chapter; a title the schema refuses stops here.
const split = splitFrontmatter(text);
const source = parseYamlSource(file, split.frontmatter ?? '', split.frontmatterLine);
const problems: Diagnostic[] = [...source.diagnostics];
validate(chapterSchema, source, problems);
if (problems.length) fail(problems.map((problem) => problem.message).join('\n'));

writeFileSync(path.join(root, file), text);
console.log(`${file} created: chapter ${values.code}, order ${order}, status draft.`);
console.log('Next: replace the placeholders (CONTRIBUTING.md explains each part), then run npm run check.');
console.log(`Translations: none yet. Readers of the other languages see the ${locale} text under a notice until one is added; npm run l10n:status lists it as missing.`);
