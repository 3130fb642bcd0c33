import { describe, expect, it } from 'vitest';
import { readCommandLine } from '../../src/cli/commandLine.js';
import { CliError } from '../../src/cli/runCli.js';

describe('readCommandLine', () => {
  it('reads options and positionals, with --help and -h added', () => {
    const { values, positionals } = readCommandLine(['a.json', '--out', 'x', '-h'], { out: { type: 'string' } }, 'USAGE');
    expect(positionals).toEqual(['a.json']);
    expect(values).toEqual({ out: 'x', help: true });
  });

  it('turns an unknown option into a CliError followed by the usage', () => {
    expect(() => readCommandLine(['--nope'], { out: { type: 'string' } }, 'Usage: here')).toThrow(CliError);
    expect(() => readCommandLine(['--nope'], { out: { type: 'string' } }, 'Usage: here')).toThrow(/--nope[\s\S]*\n\nUsage: here$/);
  });
});
