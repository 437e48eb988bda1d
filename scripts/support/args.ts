/**
 * The command line of a kit command: `--help` (or `-h`) prints its usage and
 * exits 0; a mistake in the arguments (an unknown option, a missing value, an
 * argument the command takes none of) prints one line and the usage and exits 2,
 * never node's stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Config = Omit<ParseArgsConfig, 'args' | 'strict'>;

/** Why node's parseArgs refused, in one line. */
function mistake(error: { code: string; message: string }): string {
	const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
	switch (error.code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
			return `Unknown option ${quoted}.`;
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			return `The option ${quoted.split(' ')[0]} ${quoted.includes('<value>') ? 'needs a value' : 'takes no value'}.`;
		case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
			return `Unexpected argument ${quoted}: this command takes options only.`;
		default:
			return error.message;
	}
}

export function commandLine<T extends Config>(usage: string, config: T, args: string[] = process.argv.slice(2)) {
	const ends = args.indexOf('--');
	const flags = ends === -1 ? args : args.slice(0, ends);
	if (flags.includes('--help') || flags.includes('-h')) {
		console.log(usage);
		process.exit(0);
	}
	try {
		return parseArgs({ ...config, args, strict: true });
	} catch (error) {
		if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string' || !error.code.startsWith('ERR_PARSE_ARGS')) throw error;
		console.error(`${mistake(error as { code: string; message: string })}\n\n${usage}`);
		process.exit(2);
	}
}
