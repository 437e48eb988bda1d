/**
 * UI strings through a private i18next instance per locale (never the global one),
 * so that pages in different languages can render in the same build process.
 * Resources are the JSON files under `locales/<lang>/`, one namespace per file:
 * bundled by Vite for pages (`resources.ts`), read from disk for build steps
 * (`translator-node.ts`).
 */
import type { Resource, TFunction } from 'i18next';
import { createTranslator } from './create-translator.ts';
import { resources } from './resources.ts';

const cache = new Map<string, TFunction>();

export function translator(locale: string): TFunction {
	let t = cache.get(locale);
	if (!t) {
		t = createTranslator(resources as Resource, locale);
		cache.set(locale, t);
	}
	return t;
}
