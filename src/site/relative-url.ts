/**
 * Links between pages of the built site, always relative, so that `dist/`
 * works under any path and straight from disk. Paths are site-relative file
 * paths with forward slashes, e.g. `base/en/glossary.html`.
 */
export function relativeUrl(from: string, to: string): string {
	const [target = '', fragment] = to.split('#', 2) as [string, string | undefined];
	const fromDirs = from.split('/').slice(0, -1);
	const toParts = target.split('/');
	let shared = 0;
	while (shared < fromDirs.length && shared < toParts.length - 1 && fromDirs[shared] === toParts[shared]) shared += 1;
	const up = fromDirs.slice(shared).map(() => '..');
	const path = [...up, ...toParts.slice(shared)].join('/');
	const suffix = fragment === undefined ? '' : `#${fragment}`;
	if (!target) return suffix || '#';
	if (target === from) return suffix || toParts.at(-1)!;
	return path + suffix;
}

/** A link maker bound to the page being rendered. */
export function linker(from: string): (to: string) => string {
	return (to) => relativeUrl(from, to);
}
