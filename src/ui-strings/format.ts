/** Locale-aware formatting with Intl; dates are calendar dates, so they are formatted in UTC. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(locale: string, isoDate: string): string {
	let format = dateFormats.get(locale);
	if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
	return format.format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatNumber(locale: string, value: number): string {
	return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

export function formatPercent(locale: string, percent: number): string {
	return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}
