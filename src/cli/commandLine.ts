import { parseArgs, type ParseArgsConfig } from 'node:util';
import { shortText } from '../scenario/parseScenario.js';
import { CliError } from './runCli.js';

/** A command's options, as node's parseArgs takes them. */
type CommandOptions = NonNullable<ParseArgsConfig['options']>;
type HelpOption = { help: { type: 'boolean'; short: 'h' } };
/** What {@link readCommandLine} returns: parseArgs' values (typed by the options, `help` included) and positionals. */
export type CommandLine<O extends CommandOptions> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O & HelpOption }>>;

/**
 * A command's arguments read by node's parseArgs, positionals allowed and `--help`/`-h` added to `options`;
 * an unknown or malformed option is a CliError followed by the command's usage.
 *
 * @example
 * const { values, positionals } = readCommandLine(args, { out: { type: 'string' } }, USAGE);
 */
export function readCommandLine<const O extends CommandOptions>(args: string[], options: O, usage: string): CommandLine<O> {
  try {
    const help: HelpOption = { help: { type: 'boolean', short: 'h' } };
    return parseArgs({ args, allowPositionals: true, options: { ...options, ...help } });
  } catch (error) {
    throw new CliError(`${shortText((error as Error).message, 200)}\n\n${usage}`);
  }
}
