/**
 * The one way the kit reports a problem: a `Diagnostic` made by
 * `diagnostic()` from a catalog entry, reported with every other one, or a
 * `KitError` thrown when a build cannot go on.
 */
import { catalog, messageOf, type DiagnosticCode, type MessageArgs } from './catalog.ts';

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

/** A place in a file; lines and columns count from 1. */
export interface Place {
	line: number;
	column: number;
}

/** A catalog error at a place in a file (the file's start when the place is unknown), its arguments checked against the entry. */
export function diagnostic<C extends DiagnosticCode>(code: C, file: string, place: Place | undefined, ...args: MessageArgs<C>): Diagnostic {
	return { file, line: place?.line ?? 1, column: place?.column ?? 1, code, message: messageOf(code, ...args), hint: catalog[code].hint, severity: 'error' };
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

/** Thrown when the build cannot go on: a catalog entry's name, title, message and hint (compare Astro's AstroError). */
export class KitError<C extends DiagnosticCode = DiagnosticCode> extends Error {
	readonly code: C;
	readonly title: string;
	readonly hint: string;
	constructor(code: C, ...args: MessageArgs<C>) {
		super(messageOf(code, ...args));
		this.name = code;
		this.code = code;
		this.title = catalog[code].title;
		this.hint = catalog[code].hint;
		// A user's mistake, not the kit's: Astro prints the message and the hint, and, with no stack, no "Stack trace:" heading either.
		this.stack = '';
	}
}

/** Thrown when content or config is invalid; carries every diagnostic, not only the first. */
export class ContentError extends KitError<'ContentHasErrors'> {
	readonly diagnostics: readonly Diagnostic[];
	constructor(diagnostics: readonly Diagnostic[]) {
		super('ContentHasErrors', formatReport(diagnostics));
		this.diagnostics = diagnostics;
	}
}
