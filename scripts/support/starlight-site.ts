/**
 * The benchmark's peer: a Starlight site generated from the kit's content, so
 * that both build the same chapter text in the same locales. For every
 * edition and each of its locales, one Markdown page per chapter
 * (`src/content/docs/<locale>/<edition>/<slug>.md`): the prose with its terms
 * resolved, then every practice as the edition has it (statement, rationale,
 * implementation, evidence). Starlight's i18n has the template's locales,
 * Arabic right to left. Only npm run bench -- --vs-starlight uses it.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import { editionChapters, termsFor } from '../../src/resolve/edition-view.ts';
import { publishedEditions } from '../../src/resolve/editions.ts';
import { localizedChapterBody } from '../../src/resolve/localize.ts';
import { resolveTerms } from '../../src/resolve/terms.ts';
import type { Publication } from '../../src/content/types.ts';

const yamlString = (text: string) => JSON.stringify(text.replace(/\s+/g, ' ').trim());
const line = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The publication of the kit project at `kitRoot`, or a message that says how to see why it does not load. */
function publicationOf(kitRoot: string): Publication {
	const { publication } = loadContent(kitRoot);
	if (!publication) throw new Error(`The content of ${kitRoot} does not load; run npm run check -- --root ${kitRoot}.`);
	return publication;
}

/** The project's package.json, naming the packages it depends on (Astro bundles those built for it). */
function writePackage(out: string, name: string, dependencies: Record<string, string | undefined>): void {
	writeFileSync(path.join(out, 'package.json'), `${JSON.stringify({ name, private: true, type: 'module', dependencies }, null, 2)}\n`);
}

/** Write the Starlight project for the kit project at `kitRoot` into `out`, linked to `nodeModules`; returns the Markdown pages written. */
export function writeStarlightSite(kitRoot: string, out: string, nodeModules: string): number {
	const publication = publicationOf(kitRoot);
	const { template } = publication;
	const docs = path.join(out, 'src', 'content', 'docs');
	mkdirSync(docs, { recursive: true });
	symlinkSync(nodeModules, path.join(out, 'node_modules'));
	// Astro bundles the packages the project depends on that are built for it (Starlight's .astro files): they must be listed.
	const versions = JSON.parse(readFileSync(path.join(nodeModules, '..', 'package.json'), 'utf8')) as {
		dependencies: Record<string, string>;
		devDependencies: Record<string, string>;
	};
	const dependencies = { '@astrojs/starlight': versions.devDependencies['@astrojs/starlight'], astro: versions.dependencies.astro };
	writePackage(out, 'cet-bench-starlight', dependencies);
	const locales = Object.fromEntries(template.locales.map((locale) => [locale.code, { label: locale.name, lang: locale.code, dir: locale.dir }]));
	writeFileSync(
		path.join(out, 'astro.config.mjs'),
		[
			`import { defineConfig } from 'astro/config';`,
			`import starlight from '@astrojs/starlight';`,
			`export default defineConfig({ integrations: [starlight({ title: 'Clean Elections Template', defaultLocale: ${JSON.stringify(template.sourceLocale)}, locales: ${JSON.stringify(locales)} })] });`,
			'',
		].join('\n'),
	);
	writeFileSync(
		path.join(out, 'src', 'content.config.ts'),
		[
			`import { defineCollection } from 'astro:content';`,
			`import { docsLoader } from '@astrojs/starlight/loaders';`,
			`import { docsSchema } from '@astrojs/starlight/schema';`,
			`export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };`,
			'',
		].join('\n'),
	);
	return writePeerPages(publication, docs);
}

/** Write the plain Astro project for the kit project at `kitRoot` into `out`: the same pages as the Starlight peer, one collection, one layout. Returns the Markdown pages written. */
export function writeAstroSite(kitRoot: string, out: string, nodeModules: string): number {
	const publication = publicationOf(kitRoot);
	const docs = path.join(out, 'src', 'content', 'docs');
	mkdirSync(docs, { recursive: true });
	mkdirSync(path.join(out, 'src', 'pages'), { recursive: true });
	symlinkSync(nodeModules, path.join(out, 'node_modules'));
	const versions = JSON.parse(readFileSync(path.join(nodeModules, '..', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
	writePackage(out, 'cet-bench-astro', { astro: versions.dependencies.astro });
	writeFileSync(path.join(out, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n`);
	writeFileSync(
		path.join(out, 'src', 'content.config.ts'),
		[
			`import { defineCollection } from 'astro:content';`,
			`import { glob } from 'astro/loaders';`,
			`import { z } from 'astro/zod';`,
			`const docs = defineCollection({ loader: glob({ pattern: '**/*.md', base: './src/content/docs' }), schema: z.object({ title: z.string(), description: z.string().optional() }) });`,
			`export const collections = { docs };`,
			'',
		].join('\n'),
	);
	const rtl = publication.template.locales.filter((locale) => locale.dir === 'rtl').map((locale) => locale.code);
	writeFileSync(
		path.join(out, 'src', 'pages', '[...slug].astro'),
		[
			'---',
			`import { getCollection, render } from 'astro:content';`,
			`export async function getStaticPaths() {`,
			`\tconst pages = await getCollection('docs');`,
			`\treturn pages.map((page) => ({ params: { slug: page.id.replace(/\\/index$/, '') }, props: { page } }));`,
			`}`,
			`const { page } = Astro.props;`,
			`const { Content } = await render(page);`,
			`const lang = page.id.split('/')[0];`,
			`const dir = ${JSON.stringify(rtl)}.includes(lang) ? 'rtl' : 'ltr';`,
			'---',
			`<html lang={lang} dir={dir}><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{page.data.title}</title>{page.data.description && <meta name="description" content={page.data.description} />}</head>`,
			`<body><main><h1>{page.data.title}</h1><Content /></main></body></html>`,
			'',
		].join('\n'),
	);
	return writePeerPages(publication, docs);
}

/** The peers' Markdown pages under `docs`: one index per locale, then one page per chapter of each edition and locale (`<locale>/<edition>/<slug>.md`). Returns the pages written. */
function writePeerPages(publication: Publication, docs: string): number {
	const { template } = publication;
	let pages = 0;
	for (const locale of template.locales) {
		mkdirSync(path.join(docs, locale.code), { recursive: true });
		writeFileSync(path.join(docs, locale.code, 'index.md'), `---\ntitle: ${yamlString(template.locales.find((candidate) => candidate.code === locale.code)!.name)}\n---\n`);
		pages += 1;
	}
	for (const edition of publishedEditions(publication)) {
		for (const locale of edition.locales) {
			const folder = path.join(docs, locale, edition.code);
			mkdirSync(folder, { recursive: true });
			for (const chapter of editionChapters(publication, edition.code, locale)) {
				if (chapter.own) continue;
				const terms = termsFor(publication, edition.code, chapter.contentLocale);
				const prose = resolveTerms(localizedChapterBody(publication, locale, chapter.data.slug), terms).replace(/\s*\{#[\w-]+\}\s*$/gm, '');
				const practices = chapter.data.practices.map((practice) =>
					[
						`### ${practice.id} ${line(practice.title)}`,
						line(practice.statement),
						line(practice.rationale),
						practice.implementation.map((step, index) => `${index + 1}. ${line(step)}`).join('\n'),
						practice.evidence.map((item) => `- ${line(item)}`).join('\n'),
					].join('\n\n'),
				);
				const frontmatter = ['---', `title: ${yamlString(chapter.data.title)}`, `description: ${yamlString(chapter.data.summary)}`, '---'].join('\n');
				writeFileSync(path.join(folder, `${chapter.data.slug}.md`), `${frontmatter}\n\n${[prose.trim(), '## Practices', ...practices].join('\n\n')}\n`);
				pages += 1;
			}
		}
	}
	return pages;
}

/** The HTML pages a build wrote under `dir`. */
export function htmlPages(dir: string): number {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
}
