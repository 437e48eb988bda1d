/**
 * UI strings through a private i18next instance per locale (never the global one),
 * so that pages in different languages can render in the same build process.
 * Resources are the JSON files under `locales/<lang>/`, one namespace per file.
 */
import i18next, { type TFunction } from 'i18next';
import { resources } from './resources.ts';

const cache = new Map<string, TFunction>();

export function translator(locale: string): TFunction {
	const cached = cache.get(locale);
	if (cached) return cached;
	const instance = i18next.createInstance();
	void instance.init({
		lng: locale,
		fallbackLng: false,
		resources,
		ns: Object.keys(resources[locale] ?? {}),
		defaultNS: 'common',
		initAsync: false,
		interpolation: { escapeValue: false },
		returnNull: false,
		saveMissing: false,
		missingKeyHandler: false,
	});
	const t = instance.t.bind(instance) as TFunction;
	cache.set(locale, t);
	return t;
}
