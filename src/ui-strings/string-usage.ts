/**
 * Which UI string keys the code uses. Strings are looked up through a
 * function named `t` whose first argument is a literal key (`t('nav.home')`,
 * `t('reading:tier.gold')`) or a template whose fixed part is a prefix
 * (`t(\`reading:tier.${tier}\`)` uses every key under `reading:tier.`).
 * That convention is what makes this scan complete; keys built any other way
 * would be reported as unused.
 */
export interface KeyUse {
	namespace: string;
	/** The key, or the fixed prefix of a dynamic key. */
	key: string;
	dynamic: boolean;
	file: string;
	line: number;
}

const CALL = /(?<![\w$])t\(\s*(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g;

export function keyUses(file: string, code: string, defaultNamespace: string): KeyUse[] {
	const uses: KeyUse[] = [];
	for (const match of code.matchAll(CALL)) {
		const raw = match[2]!;
		const dynamicAt = match[1] === '`' ? raw.indexOf('${') : -1;
		const literal = dynamicAt === -1 ? raw : raw.slice(0, dynamicAt);
		const separator = literal.indexOf(':');
		const namespace = separator === -1 ? defaultNamespace : literal.slice(0, separator);
		const key = separator === -1 ? literal : literal.slice(separator + 1);
		const line = code.slice(0, match.index).split('\n').length;
		uses.push({ namespace, key, dynamic: dynamicAt !== -1, file, line });
	}
	return uses;
}

/** Whether a resource key (without plural suffix) is used by any of the uses. */
export function isUsed(namespace: string, base: string, uses: readonly KeyUse[]): boolean {
	return uses.some((use) => use.namespace === namespace && (use.dynamic ? base.startsWith(use.key) : base === use.key));
}
