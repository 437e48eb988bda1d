/**
 * Names the pages, their scripts, the build and the exported files agree on.
 * Kept apart from page-data.ts (which reads the publication) and from the
 * schemas (which build zod objects when loaded), so that a browser script can
 * import a name without pulling either into its bundle.
 */
export const ASSESSMENT_SCRIPT = 'assets/assessment.js';
export const OBSERVER_SCRIPT = 'assets/observer.js';
/** The id of the `<script type="application/json">` that carries each page's data. */
export const ASSESSMENT_DATA_ID = 'assessment-data';
export const OBSERVER_DATA_ID = 'observer-data';

/** Names the tool that wrote a file, so that a file from another tool is recognized and refused. */
export const ASSESSMENT_FORMAT = 'clean-elections-template/self-assessment';
export const OBSERVER_FORMAT = 'clean-elections-template/observer-visits';
/** Raised when the shape of a file changes; a file of a newer version is refused, not guessed at. */
export const ASSESSMENT_SCHEMA_VERSION = 1;
export const OBSERVER_SCHEMA_VERSION = 1;
