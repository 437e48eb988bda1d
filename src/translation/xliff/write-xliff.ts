/**
 * Writes a translation kit as XLIFF 1.2, the version that Trados, memoQ,
 * OmegaT, Okapi and Translate Toolkit all read, valid against the OASIS
 * strict schema: only XLIFF's own elements and attributes. One `<file>` per
 * source document (its `original` is the English file, `product-version`
 * the template version, `build-num` the English document's content hash),
 * one `<trans-unit>` per segment, with a note that gives context. Markup and
 * code are `<g>`/`<x/>` tags, never translatable text.
 *
 * A unit's target is the existing translation: `translated` and approved
 * when it is current, `needs-review-translation` when the English changed
 * since, with the English as it was in a note, so the translator sees what
 * changed.
 */
import type { KitDocument } from './documents-fs.ts';
import { toPlain, toXliff } from './inline.ts';
import { escapeMarkup as escape } from '../../utils/escape-markup.ts';
import { KIT_PRODUCT, KIT_TOOL_ID } from './kit-names.ts';

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';

export interface WriteOptions {
	sourceLocale: string;
	targetLocale: string;
	templateVersion: string;
	/** `todo`: only the segments that need a translator, missing or outdated. */
	only?: 'todo' | undefined;
}

/** The units a kit offers for a document: all of them, or only the work to do. */
export function kitUnits(document: KitDocument, only: WriteOptions['only']) {
	return document.segments.filter((segment) => only !== 'todo' || !document.existing.has(segment.id) || document.outdated.has(segment.id));
}

export function writeXliff(documents: readonly KitDocument[], options: WriteOptions): string {
	const files = documents.flatMap((document) => {
		const segments = kitUnits(document, options.only);
		if (!segments.length) return [];
		const units = segments.map((segment) => {
			const existing = document.existing.get(segment.id);
			const outdated = document.outdated.has(segment.id);
			const target = existing ? `\n\t\t\t\t<target state="${outdated ? 'needs-review-translation' : 'translated'}">${toXliff(existing)}</target>` : '';
			const approved = existing && !outdated ? ' approved="yes"' : '';
			const before = document.before.get(segment.id);
			const changed = outdated
				? `\n\t\t\t\t<note from="${KIT_TOOL_ID}" priority="1">${escape(
						before
							? `The English has changed since this was translated. It was: ${toPlain(before, segment.tokens)}`
							: 'The English has changed since this was translated; review the translation against it.',
					)}</note>`
				: '';
			return `\t\t\t<trans-unit id="${escape(segment.id)}"${approved} xml:space="preserve">
				<source>${toXliff(segment.nodes)}</source>${target}
				<note from="developer">${escape(segment.note)}</note>${changed}
			</trans-unit>`;
		});
		return [
			`\t<file original="${escape(document.sourceFile)}" source-language="${options.sourceLocale}" target-language="${options.targetLocale}" datatype="x-${document.kind}" product-name="${KIT_PRODUCT}" product-version="${escape(options.templateVersion)}" build-num="${document.hash}">
		<header>
			<tool tool-id="${KIT_TOOL_ID}" tool-name="Clean Elections Template kit" tool-version="${escape(options.templateVersion)}"/>
			<note from="${KIT_TOOL_ID}">Import with npm run l10n:import; the translation goes to ${escape(document.targetFile)}.</note>
		</header>
		<body>
${units.join('\n')}
		</body>
	</file>`,
		];
	});
	return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="${XLIFF_NAMESPACE}">
${files.join('\n')}
</xliff>
`;
}
