/** A private i18next instance for one locale over the given resources (never the global instance). */
import i18next, { type Resource, type TFunction } from 'i18next';

export function createTranslator(all: Resource, locale: string): TFunction {
	const instance = i18next.createInstance();
	void instance.init({
		lng: locale,
		fallbackLng: false,
		resources: all,
		ns: Object.keys(all[locale] ?? {}),
		defaultNS: 'common',
		initAsync: false,
		interpolation: { escapeValue: false },
		returnNull: false,
		saveMissing: false,
		missingKeyHandler: false,
	});
	return instance.t.bind(instance) as TFunction;
}
