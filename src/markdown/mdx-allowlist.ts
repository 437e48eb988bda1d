/**
 * The components contributed MDX may use, and the props each takes. Content
 * is data, not code (PRODUCT.md, invariant 7): anything not listed here, and
 * any `import`, `export` or `{expression}`, is rejected before Astro compiles
 * the file (see `mdx-gate.ts`). Each entry is a component in
 * `src/components/mdx/`, which the pages pass to `<Content components={…} />`;
 * props are always literal strings.
 */
export interface AllowedComponent {
	/** Each prop the component takes, and whether it must be given. */
	props: Record<string, { required: boolean }>;
	/** Whether text may stand between its tags. */
	children: boolean;
}

export const mdxAllowlist: Readonly<Record<string, AllowedComponent>> = {
	/** A named placeholder resolved per edition and locale, in one of its grammatical forms (content/terms.yaml). @example <Term id="emb" form="of" /> */
	Term: { props: { id: { required: true }, form: { required: false } }, children: false },
};
