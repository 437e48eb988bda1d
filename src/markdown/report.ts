/**
 * The bridge between the error catalog and unified's messages: rules report
 * through `report()`, with a catalog entry, so that lint findings read like
 * every other content error; `toDiagnostic()` turns any message, ours or a
 * remark-lint preset's, into the kit's `Diagnostic`.
 */
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { catalog, type DiagnosticCode } from '../diagnostics/catalog.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** vfile's message class, named through vfile itself (vfile-message is only its dependency). */
type VFileMessage = VFile['messages'][number];

type MessageArgs<C extends DiagnosticCode> = Parameters<(typeof catalog)[C]['message']>;

/** The catalog name of each message a rule of ours made; a VFileMessage has no field of its own for it. */
const codes = new WeakMap<VFileMessage, DiagnosticCode>();

/** Report a catalog error at a place in the file; the hint goes into the message's `note`. */
export function report<C extends DiagnosticCode>(file: VFile, place: Position | undefined, code: C, ...args: MessageArgs<C>): VFileMessage {
	const entry = catalog[code];
	const reason = (entry.message as (...values: MessageArgs<C>) => string)(...args);
	const message = file.message(reason, { place });
	message.note = entry.hint;
	codes.set(message, code);
	return message;
}

/** A unified message as a kit diagnostic. Messages from remark-lint's own rules keep their rule name as code. */
export function toDiagnostic(file: string, message: VFileMessage): Diagnostic {
	const code = codes.get(message) ?? (message.ruleId ? `${message.source ?? 'lint'}/${message.ruleId}` : 'MdxSyntax');
	const hint = message.note ?? (message.url ? `See ${message.url}` : catalog.MdxSyntax.hint);
	return {
		file,
		line: message.line ?? 1,
		column: message.column ?? 1,
		code,
		message: message.reason,
		hint,
		severity: message.fatal === false ? 'warning' : 'error',
	};
}
