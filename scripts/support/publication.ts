import type { Publication } from '../../src/content/types.ts';
import { loadContent } from '../../src/content/load-publication-fs.ts';

/**
 * The publication for a command-line tool, or exit with one line when the
 * content does not validate: no command reports on content npm run check refuses.
 */
export function publicationOrExit(root: string, exitCode = 1): Publication {
	const { publication, diagnostics } = loadContent(root);
	const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
	if (!publication || errors) {
		const what = publication ? `The content has ${errors} error${errors === 1 ? '' : 's'}` : 'content/template.yaml has errors';
		console.error(`${what}, so this command cannot go on; run npm run check to see them and fix them first.`);
		process.exit(exitCode);
	}
	return publication;
}
