/**
 * The shipped content passes every check: loadContent finds no error and no
 * warning, and every content rule of lint:content, preset included, finds nothing.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-publication-fs.ts';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.ts';
import { contentMdxFiles, lintContent } from '../../src/lint/lint-content-fs.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('the shipped content', () => {
	it('has no errors or warnings', () => {
		const { diagnostics, publication } = loadContent(root);
		expect(diagnostics.map(formatDiagnostic)).toEqual([]);
		expect(publication).toBeDefined();
	});
});

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
