import type { Publication } from '../../src/content/types.ts';
import { loadContent } from '../../src/content/load-publication-fs.ts';

/** The publication for a command-line tool, or exit with one line when the template itself is unusable. */
export function publicationOrExit(root: string, exitCode = 1): Publication {
	const { publication } = loadContent(root);
	if (!publication) {
		console.error('content/template.yaml has errors; run npm run check to see them.');
		process.exit(exitCode);
	}
	return publication;
}
