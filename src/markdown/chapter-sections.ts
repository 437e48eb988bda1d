/**
 * A Sätteri mdast plugin for MDX bodies: each h2 section (its heading and
 * everything up to the next h2) becomes a `<Section id="anchor">` element, so
 * that the page renders it with a component that knows the edition's
 * overlay (`src/components/BodySection.astro`): the base section, or the
 * edition's in its place, and the sections the edition inserts after it.
 * Each `<Section>` and each `<Term>` names its chapter (the file's name),
 * since a printed document renders several bodies at once: a term takes the
 * value of the language its chapter is shown in, which is the source's when
 * the reader's language has no translation yet. Authors never write
 * `<Section>`, nor the chapter of a `<Term>`: the MDX gate allows `<Term>`
 * with its `id` and `form` only.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';

type Node = { type: string; depth?: number; data?: { hProperties?: Record<string, unknown> }; children?: Node[] };

export const SECTION_COMPONENT = 'Section';

const chapterOf = (fileURL: URL | undefined) => (fileURL ? path.basename(fileURLToPath(fileURL), '.mdx') : '');

/** Each `<Term>` gets the `chapter` attribute; runs before the sections are wrapped. */
export const termChapterPlugin: MdastPluginEntry = () => {
	type Jsx = { type: string; name?: string | null; attributes?: Array<{ type: string; name?: string; value?: unknown }> };
	type Context = { fileURL: URL | undefined; replaceNode: (node: never, content: never) => void };
	const mark = (node: Jsx, context: Context) => {
		if (node.name !== 'Term') return;
		// Attributes cannot be set in place; the element is written anew (a <Term> holds nothing, the gate makes sure).
		const attributes = (node.attributes ?? []).map(({ type, name, value }) => ({ type, name, value }));
		context.replaceNode(
			node as never,
			{ type: node.type, name: 'Term', attributes: [...attributes, { type: 'mdxJsxAttribute', name: 'chapter', value: chapterOf(context.fileURL) }], children: [] } as never,
		);
	};
	return { name: 'cet-term-chapter', mdxJsxFlowElement: mark as never, mdxJsxTextElement: mark as never };
};

export const chapterSectionsPlugin: MdastPluginEntry = () => ({
	name: 'cet-chapter-sections',
	before(root, context) {
		if (context.sourceFormat !== 'mdx') return;
		const chapter = chapterOf(context.fileURL);
		const children: Node[] = [];
		let section: Node | undefined;
		for (const node of (root as unknown as Node).children ?? []) {
			if (node.type === 'heading' && node.depth === 2) {
				const id = node.data?.hProperties?.id;
				section = {
					type: 'mdxJsxFlowElement',
					name: SECTION_COMPONENT,
					attributes: [
						{ type: 'mdxJsxAttribute', name: 'id', value: typeof id === 'string' ? id : '' },
						{ type: 'mdxJsxAttribute', name: 'chapter', value: chapter },
					],
					children: [node],
				} as Node;
				children.push(section);
			} else if (section) section.children!.push(node);
			else children.push(node);
		}
		if (section) context.replaceNode(root, { type: 'root', children } as never);
	},
});
