/**
 * Everything `npm run check` checks, loaded once: the content and its
 * validation, the UI strings, the content lint, each edition checked again
 * with its overlay applied, and the adaptations that record no base yet. `npm run check` prints the result; the build
 * (src/integrations/publication.ts) stops on any error in it.
 */
import { noResultCache, type ResultCache } from '../utils/result-cache-fs.ts';
import { loadContent } from '../content/load-publication-fs.ts';
import type { Publication } from '../content/types.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { committedCacheFiles } from '../utils/committed-cache-fs.ts';
import { lintContent } from '../lint/lint-content-fs.ts';
import { unrecordedAdaptations } from '../resolve/drift.ts';
import { validateEditionViews } from '../resolve/validate-edition-view.ts';
import { reservedAnchors } from '../lint/lint-context.ts';
import { checkStrings } from '../ui-strings/read-strings-fs.ts';

export interface ProjectCheck {
	/** Undefined when content/template.yaml itself is unusable. */
	publication: Publication | undefined;
	/** Errors and warnings, content first, then the strings, the lint and the unrecorded adaptations. */
	diagnostics: Diagnostic[];
}

/** With `cache`, a file unchanged since the last check is not parsed or linted again (src/utils/result-cache-fs.ts); the caller saves it. */
export function checkProject(root: string, cache: ResultCache = noResultCache()): ProjectCheck {
	const { publication, diagnostics } = loadContent(root, cache);
	// A .cache/ that came with the repository is never trusted (src/utils/committed-cache-fs.ts): stop before any step reads it.
	const committed = committedCacheFiles(root);
	if (committed.length)
		diagnostics.unshift(
			diagnostic('CacheCommitted', committed[0]!, undefined, committed.slice(0, 5).join(', ') + (committed.length > 5 ? `, and ${committed.length - 5} more` : '')),
		);
	// The overlay and drift need content that validates; the lint's findings do not make it invalid.
	const valid = publication !== undefined && !diagnostics.some((diagnostic) => diagnostic.severity === 'error');
	if (publication)
		diagnostics.push(
			...checkStrings(
				root,
				publication.template.sourceLocale,
				publication.template.locales.map((locale) => locale.code),
			),
		);
	// The build gate inside loadContent has run the security rules on Astro's own parse; the lint adds the content rules.
	// One message per place: where loadContent already reported (a malformed practice ID, a file it could not parse), the lint stays quiet.
	const key = (diagnostic: Diagnostic) => `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
	const seen = new Set(diagnostics.map(key));
	const unparsable = new Set(diagnostics.filter((diagnostic) => diagnostic.code === 'MdxSyntax').map((diagnostic) => diagnostic.file));
	diagnostics.push(...lintContent(root, publication, { security: false }, cache).filter((diagnostic) => !seen.has(key(diagnostic)) && !unparsable.has(diagnostic.file)));
	// The overlay, applied, is checked again; then drift. A new adaptation is normal, so that is a warning (strict builds make it an error).
	if (valid) diagnostics.push(...validateEditionViews(publication, { reservedAnchors }));
	if (valid && !diagnostics.some((diagnostic) => diagnostic.severity === 'error')) diagnostics.push(...unrecordedAdaptations(publication));
	return { publication, diagnostics };
}
