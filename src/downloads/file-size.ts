import type { TFunction } from 'i18next';
import { formatNumber } from '../ui-strings/format.ts';

/** A download's size for readers, in kilobytes with one decimal, in their language. */
export function fileSize(t: TFunction, locale: string, bytes: number): string {
	return t('downloads:kilobytes', { size: formatNumber(locale, Math.round(bytes / 102.4) / 10) });
}
