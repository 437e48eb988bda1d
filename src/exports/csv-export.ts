/** One row per practice (RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheets read accents and Arabic). */
import type { PracticesExport } from '../views/practice-view.ts';

export const csvColumns = ['id', 'chapter', 'title', 'statement', 'tier', 'kind', 'points', 'observable', 'status', 'reason'] as const;

type CellValue = string | number | boolean | undefined;

function cell(value: CellValue): string {
	const text = value === undefined ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: the header, then the rows. Pure, so the browser tools write their CSV exports with it too. */
export function csvDocument(header: readonly string[], rows: ReadonlyArray<readonly CellValue[]>): string {
	return `\uFEFF${[header.map(cell).join(','), ...rows.map((row) => row.map(cell).join(','))].join('\r\n')}\r\n`;
}

export function practicesCsv(data: PracticesExport): string {
	return csvDocument(
		csvColumns,
		data.chapters.flatMap((chapter) =>
			chapter.practices.map((practice) => [
				practice.id,
				chapter.code,
				practice.title,
				practice.statement,
				practice.tier,
				practice.kind,
				practice.points,
				practice.observable,
				practice.status,
				practice.reason,
			]),
		),
	);
}
