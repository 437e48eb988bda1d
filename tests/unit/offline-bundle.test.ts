/** What goes into an offline bundle: links only to what is inside, reproducible zips, and the downloads rows filled after the build. */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { bundledHtml, bundledSearchConfig, zipBundle } from '../../src/build/offline-bundle.ts';
import { SEARCH_CONFIG_ID } from '../../src/search/client/search-config.ts';
import { fillDownloadRows } from '../../src/downloads/built-downloads.ts';
import { namedDestinationPages } from '../../src/pdf/pdf-destinations.ts';
import { fixedPdf } from '../../src/build/pdfs.ts';

describe('pages inside a bundle', () => {
	const bundled = new Set(['assets/site.css', 'base/en/index.html', 'base/en/glossary.html', 'downloads/base-en.csv']);
	const page = [
		'<link rel="stylesheet" href="../../assets/site.css">',
		'<link rel="alternate" hreflang="fr" href="../fr/glossary.html">',
		'<a href="glossary.html#ballot">ballot</a>',
		'<a href="../fr/glossary.html">Français</a>',
		'<a href="../../downloads/base-en.zip" download>zip</a>',
		'<a href="../../downloads/base-en.csv" download>csv</a>',
		'<a href="#main">skip</a>',
		'<a href="https://www.idea.int/">IDEA</a>',
	].join('\n');
	const result = bundledHtml(page, 'base/en/index.html', bundled);

	it('keeps links to bundled files, fragments and the web', () => {
		expect(result).toContain('href="../../assets/site.css"');
		expect(result).toContain('<a href="glossary.html#ballot">');
		expect(result).toContain('<a href="../../downloads/base-en.csv" download>');
		expect(result).toContain('<a href="#main">');
		expect(result).toContain('<a href="https://www.idea.int/">');
	});

	it('drops alternates and unlinks references to files left out', () => {
		expect(result).not.toContain('hreflang="fr"');
		expect(result).toContain('<a>Français</a>');
		expect(result).toContain('<a download>zip</a>');
	});
});

describe('the search page inside a bundle', () => {
	const config = { pagefind: 'pagefind/pagefind.js', offlineIndex: 'search-index.js', strings: { noResults: 'None </script>' } };
	const page = `<main><script type="application/json" id="${SEARCH_CONFIG_ID}">${JSON.stringify(config).replace(/</g, '\\u003c')}</script></main>`;

	it('names no Pagefind script, so it searches the offline index, and keeps the rest of its config', () => {
		const result = bundledSearchConfig(page);
		const json = /<script[^>]*>([^<]*)<\/script>/.exec(result)![1]!;
		expect(JSON.parse(json)).toEqual({ offlineIndex: 'search-index.js', strings: { noResults: 'None </script>' } });
		expect(result.startsWith('<main><script type="application/json" id="search-config">')).toBe(true);
	});

	it('leaves every other page as it is', () => {
		const other = '<main><script type="application/json" id="assessment-config">{"pagefind":"x"}</script></main>';
		expect(bundledSearchConfig(other)).toBe(other);
	});
});

describe('zips', () => {
	const files = new Map([
		['b.html', new TextEncoder().encode('<p>b</p>')],
		['a/x.css', new TextEncoder().encode('p{}')],
	]);

	it('are byte-identical for the same files, whatever the time of day', () => {
		const first = zipBundle('bundle', files);
		expect(zipBundle('bundle', new Map(files))).toEqual(first);
		const entries = unzipSync(first);
		expect(Object.keys(entries)).toEqual(['bundle/b.html', 'bundle/a/x.css']);
		expect(strFromU8(entries['bundle/b.html']!)).toBe('<p>b</p>');
	});
});

describe('the downloads page after the build', () => {
	const page =
		'<tr data-download-row="base-en.pdf"><td data-download-size="base-en.pdf">see SHA256SUMS</td><td><code class="hash" data-download-sha256="base-en.pdf">see SHA256SUMS</code></td></tr><tr><td>kept</td></tr>';

	it('gets the size and hash of a file that was made', () => {
		expect(fillDownloadRows(page, 'base-en.pdf', { size: '12.5 KB', sha256: 'ab'.repeat(32) })).toBe(
			`<tr data-download-row="base-en.pdf"><td data-download-size="base-en.pdf">12.5 KB</td><td><code class="hash" data-download-sha256="base-en.pdf">${'ab'.repeat(32)}</code></td></tr><tr><td>kept</td></tr>`,
		);
	});

	it('loses the row of a file that was not made', () => {
		expect(fillDownloadRows(page, 'base-en.pdf', undefined)).toBe('<tr><td>kept</td></tr>');
	});
});

describe('PDF structure', () => {
	// The objects as Chromium writes them: a catalog, a two-level page tree, named destinations.
	const pdf = [
		'%PDF-1.4',
		'1 0 obj\n<</Type /Catalog\n/Pages 2 0 R\n/Dests 9 0 R>>\nendobj',
		'2 0 obj\n<</Type /Pages\n/Count 3\n/Kids [3 0 R 6 0 R]>>\nendobj',
		'3 0 obj\n<</Type /Pages\n/Count 2\n/Kids [4 0 R 5 0 R]\n/Parent 2 0 R>>\nendobj',
		'4 0 obj\n<</Type /Page>>\nendobj',
		'5 0 obj\n<</Type /Page>>\nendobj',
		'6 0 obj\n<</Type /Page>>\nendobj',
		'9 0 obj\n<</chapter-GOV [5 0 R /XYZ 6 827 0]\n/chapter-THR [6 0 R /XYZ 6 827 0]\n/INC#2D3 [4 0 R /XYZ 6 827 0]>>\nendobj',
		'trailer\n<</Root 1 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]>>',
		"/CreationDate (D:20261125002100+00'00')",
	].join('\n');
	const bytes = Buffer.from(pdf, 'latin1');

	it('says on which page each named destination lands', () => {
		expect(Object.fromEntries(namedDestinationPages(bytes))).toEqual({ 'chapter-GOV': 2, 'chapter-THR': 3, 'INC-3': 1 });
	});

	it('loses the time of printing and the random document ID, keeping every offset', () => {
		const fixed = Buffer.from(fixedPdf(bytes)).toString('latin1');
		expect(fixed).toHaveLength(pdf.length);
		expect(fixed).toContain("(D:19800101000000+00'00')");
		expect(fixed).toContain(`<${'0'.repeat(32)}> <${'0'.repeat(32)}>`);
	});
});
