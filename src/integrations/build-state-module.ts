/**
 * The virtual module through which pages read the build state. The content
 * holds functions (every YAML source can locate a field's line), so it is not
 * serialized into the module as JSON: Astro renders the pages in the process
 * that ran `astro:config:setup`, and the module hands over the very object the
 * integration validated, through a registry on `globalThis`.
 */
import type { Plugin } from 'vite';
import type { BuildState } from '../site/publication.ts';

export const BUILD_STATE_MODULE = 'virtual:clean-elections/build-state';
const RESOLVED = `\0${BUILD_STATE_MODULE}`;
const REGISTRY = 'clean-elections/build-state';

export function registerBuildState(state: BuildState): void {
	(globalThis as Record<symbol, unknown>)[Symbol.for(REGISTRY)] = state;
}

/** The state the integration registered in this process, if it ran (`astro check` and `astro sync` do not run it). */
export function registeredBuildState(): BuildState | undefined {
	return (globalThis as Record<symbol, unknown>)[Symbol.for(REGISTRY)] as BuildState | undefined;
}

export function buildStatePlugin(): Plugin {
	return {
		name: 'clean-elections:build-state',
		resolveId: (id) => (id === BUILD_STATE_MODULE ? RESOLVED : undefined),
		load: (id) =>
			id === RESOLVED
				? [
						`const state = globalThis[Symbol.for(${JSON.stringify(REGISTRY)})];`,
						`if (!state) throw new Error('The clean-elections publication integration did not run in this process; build with npm run build.');`,
						'export default state;',
					].join('\n')
				: undefined,
	};
}
