/** The files of the search, which the search page, the build and the offline bundles agree on. Paths are relative to an edition-locale folder or to `dist/`. */
export const PAGEFIND_DIR = 'pagefind';
export const OFFLINE_INDEX_FILE = 'search-index.js';
/** The global the offline index script sets. */
export const OFFLINE_INDEX_GLOBAL = 'CET_SEARCH_INDEX';
/** The search page's classic script, relative to `dist/`. */
export const SEARCH_SCRIPT_FILE = 'assets/search.js';
