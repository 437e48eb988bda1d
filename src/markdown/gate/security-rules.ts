/**
 * The rules that keep contributed MDX from running code: the allowlist, no
 * raw HTML, safe URLs. They are the build gate, run on every MDX file before
 * Astro compiles it (`src/markdown/mdx-gate.ts`), and part of
 * `npm run lint:content`. Errors, always.
 */
import type { PluggableList } from 'unified';
import mdxAllowlist from './mdx-allowlist.ts';
import noRawHtml from './no-raw-html.ts';
import safeUrls from './safe-urls.ts';

export const securityRules: PluggableList = [
	[mdxAllowlist, ['error']],
	[noRawHtml, ['error']],
	[safeUrls, ['error']],
];
