/**
 * Writes a translation kit as XLIFF 1.2, the version that Trados, memoQ,
 * OmegaT, Okapi and Translate Toolkit all read. One `<file>` per source
 * document, one `<trans-unit>` per segment, with a note that gives context.
 * Markup and code are `<g>`/`<x/>` tags, never translatable text.
 */
import type { KitDocument } from './documents-fs.ts';
import { toXliff } from './inline.ts';

import { escapeMarkup as escape } from '../../utils/escape-markup.ts';

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';
/** Our own attributes, in a namespace of their own as XLIFF 1.2 allows. */
export const KIT_NAMESPACE = 'urn:clean-elections-template:l10n-kit:1';

export function writeXliff(documents: readonly KitDocument[], options: { sourceLocale: string; targetLocale: string; templateVersion: string }): string {
	const files = documents.map((document) => {
		const units = document.segments.map((segment) => {
			const existing = document.existing.get(segment.id);
			// A translation of the current source is approved; one of an earlier source needs review.
			const state = document.existingIsCurrent ? 'translated' : 'needs-review-translation';
			const target = existing ? `\n\t\t\t\t<target state="${state}">${toXliff(existing)}</target>` : '';
			const approved = existing && document.existingIsCurrent ? ' approved="yes"' : '';
			return `\t\t\t<trans-unit id="${escape(segment.id)}"${approved} xml:space="preserve">
				<source>${toXliff(segment.nodes)}</source>${target}
				<note from="developer">${escape(segment.note)}</note>
			</trans-unit>`;
		});
		return `\t<file original="${escape(document.sourceFile)}" source-language="${options.sourceLocale}" target-language="${options.targetLocale}" datatype="x-${document.kind}" cet:kind="${document.kind}" cet:name="${escape(document.name)}" cet:target-file="${escape(document.targetFile)}" cet:source-hash="${document.hash}">
		<header>
			<tool tool-id="clean-elections-template" tool-name="Clean Elections Template kit" tool-version="${escape(options.templateVersion)}"/>
		</header>
		<body>
${units.join('\n')}
		</body>
	</file>`;
	});
	return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="${XLIFF_NAMESPACE}" xmlns:cet="${KIT_NAMESPACE}">
${files.join('\n')}
</xliff>
`;
}
