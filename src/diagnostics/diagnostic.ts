/** One problem found in content or config, located in a file. Lines and columns count from 1. */
export interface Diagnostic {
	/** Path relative to the project root, with forward slashes. @example content/chapters/en/critical-incident-protocol.mdx */
	file: string;
	line: number;
	column: number;
	/** Permanent name from the catalog. @example DuplicatePracticeId */
	code: string;
	/** What happened and why. */
	message: string;
	/** What to do about it. */
	hint?: string;
	severity: 'error' | 'warning';
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
	return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

/** One diagnostic as a compiler-style line plus an indented hint, the way editors and CI logs expect. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
	const head = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
	return diagnostic.hint ? `${head}\n    ${diagnostic.hint}` : head;
}

export function formatReport(diagnostics: readonly Diagnostic[]): string {
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	const warnings = diagnostics.length - errors;
	const lines = sortDiagnostics(diagnostics).map(formatDiagnostic);
	lines.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
	return lines.join('\n');
}

/** Thrown when content or config is invalid; carries every diagnostic, not only the first. */
export class ContentError extends Error {
	readonly diagnostics: readonly Diagnostic[];
	constructor(diagnostics: readonly Diagnostic[]) {
		super(`The content has errors:\n${formatReport(diagnostics)}`);
		this.name = 'ContentError';
		this.diagnostics = diagnostics;
	}
}
