/**
 * The options of one build, parsed once from the environment by the
 * publication integration (`npm run build -- --edition … --locale …
 * --strict` sets them; see scripts/build.ts). Nothing below the integration
 * reads `process.env`: the build steps and the pages receive these values.
 */
import { z } from 'zod';

/** A comma-separated list of codes; empty means "all". @example ca,base */
const codeList = z
	.string()
	.optional()
	.transform((value) =>
		value
			?.split(',')
			.map((code) => code.trim())
			.filter(Boolean),
	)
	.transform((codes) => (codes?.length ? codes : undefined));

/** Set and not empty: on. @example 1 */
const flag = z
	.string()
	.optional()
	.transform((value) => Boolean(value));

/** The PDF cache's folder when CET_PDF_CACHE does not name one (src/build/pdf-cache.ts). */
export const PDF_CACHE_DIR = '.cache/pdf';

export const buildEnvironmentSchema = z
	.object({
		/** Build only these editions. @example ca */
		CET_EDITIONS: codeList,
		/** Build only these locales. @example fr,ar */
		CET_LOCALES: codeList,
		/** Fail on stale edition adaptations instead of warning. @example 1 */
		CET_STRICT: flag,
		/** Continuous integration is always strict. @example true */
		CI: flag,
		/** `0` skips the PDFs on purpose. @example 0 */
		CET_PDF: z.string().optional(),
		/** Where printed PDFs are kept for the next build (relative to the project); `off`: no cache. @example /var/cache/cet-pdf */
		CET_PDF_CACHE: z.string().optional(),
		/** A PEM Ed25519 private key that signs SHA256SUMS. */
		CET_SIGNING_KEY: z.string().optional(),
		/** A path to such a key. @example ~/keys/publisher.pem */
		CET_SIGNING_KEY_FILE: z.string().optional(),
		/** The Chromium that prints the PDFs. @example /usr/bin/chromium */
		CHROMIUM_PATH: z.string().optional(),
	})
	.transform((environment) => ({
		/** The editions and locales this build renders; undefined means all. */
		only: { editions: environment.CET_EDITIONS, locales: environment.CET_LOCALES },
		strict: environment.CET_STRICT || environment.CI,
		pdf: environment.CET_PDF !== '0',
		/** The PDF cache folder, relative to the project unless absolute; undefined: none. */
		pdfCache: environment.CET_PDF_CACHE === 'off' ? undefined : environment.CET_PDF_CACHE || PDF_CACHE_DIR,
		signing: { CET_SIGNING_KEY: environment.CET_SIGNING_KEY, CET_SIGNING_KEY_FILE: environment.CET_SIGNING_KEY_FILE },
		chromiumPath: environment.CHROMIUM_PATH,
	}));

export type BuildOptions = z.output<typeof buildEnvironmentSchema>;
/** Which editions and locales a build renders. */
export type BuildSelection = Partial<BuildOptions['only']>;

export function parseBuildOptions(environment: Record<string, string | undefined>): BuildOptions {
	return buildEnvironmentSchema.parse(environment);
}
