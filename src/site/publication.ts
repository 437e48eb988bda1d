/**
 * The validated publication and the build's options, as pages see them. The
 * publication integration loads and validates the content once, before Astro
 * starts, and hands the result to pages through a virtual module (compare
 * Starlight's `virtual:starlight/user-config`). Pages never read the disk.
 */
import state from 'virtual:clean-elections/build-state';
import type { Publication } from '../content/types.ts';
import type { InputHashes } from '../content/input-hashes-fs.ts';
import type { BuildOptions } from '../schemas/build-options.ts';

/** What the integration publishes to the pages of one build. */
export interface BuildState {
	/** The project root, absolute. */
	root: string;
	publication: Publication;
	options: BuildOptions;
	/** With a signing key: the fingerprint of its public key (SHA-256 of the DER, hex), which the downloads pages show. */
	signingFingerprint?: string;
	/** The SHA-256 of every file a page is rendered from, for the pages' cache keys (src/site/page-cache-keys.ts). */
	inputs: InputHashes;
}

export function buildState(): BuildState {
	return state;
}

export function publication(): Publication {
	return state.publication;
}
