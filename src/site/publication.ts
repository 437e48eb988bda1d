/**
 * The validated publication, loaded once per build process. Pages import this
 * instead of reading files. The content integration has already checked the
 * content before Astro starts, so an error here means the files changed mid-build.
 */
import { loadContent, type Publication } from '../content/load-publication-fs.ts';
import { ContentError } from '../diagnostics/diagnostic.ts';

let loaded: Publication | undefined;

export function publication(): Publication {
	if (loaded) return loaded;
	const result = loadContent(process.cwd());
	const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
	if (!result.publication || errors.length) throw new ContentError(result.diagnostics);
	loaded = result.publication;
	return loaded;
}
