/** One row per practice (RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheets read accents and Arabic). */
import type { PracticesExport } from './practice-export.ts';

export const csvColumns = ['id', 'chapter', 'title', 'statement', 'tier', 'kind', 'points', 'observable', 'status', 'reason'] as const;

function cell(value: string | number | boolean | undefined): string {
	const text = value === undefined ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function practicesCsv(data: PracticesExport): string {
	const rows = data.chapters.flatMap((chapter) =>
		chapter.practices.map((practice) => [practice.id, chapter.code, practice.title, practice.statement, practice.tier, practice.kind, practice.points, practice.observable, practice.status, practice.reason].map(cell).join(',')),
	);
	return `\uFEFF${[csvColumns.join(','), ...rows].join('\r\n')}\r\n`;
}
