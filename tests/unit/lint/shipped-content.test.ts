/** The shipped content passes every content rule: no error and no warning, preset included. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-publication-fs.ts';
import { formatDiagnostic } from '../../../src/diagnostics/diagnostic.ts';
import { contentMdxFiles, lintContent } from '../../../src/lint/lint-content-fs.ts';

const root = path.resolve(import.meta.dirname, '../../..');

describe('lint:content on the shipped content', () => {
	it('lints every MDX file: chapters and pages in every locale', () => {
		const files = contentMdxFiles(root).map((file) => path.relative(root, file));
		expect(files).toContain('content/chapters/en/critical-incident-protocol.mdx');
		expect(files).toContain('content/chapters/ar/critical-incident-protocol.mdx');
		expect(files).toContain('content/pages/fr/introduction.mdx');
	});

	it('finds nothing', () => {
		expect(lintContent(root, loadContent(root).publication).map(formatDiagnostic)).toEqual([]);
	});
});
