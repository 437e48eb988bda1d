/** The modules the publication integration provides to pages (src/integrations/build-state-module.ts). */
declare module 'virtual:clean-elections/build-state' {
	const state: import('./site/publication.ts').BuildState;
	export default state;
}
