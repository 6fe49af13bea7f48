import type { ParseArgsConfig } from 'node:util';
import type { CliContext } from './context';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
}

/** One CLI command: its usage line, its options, and a run that returns the exit code. */
export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: { readonly vi: string; readonly en: string };
  readonly options: OptionSpec;
  run(args: ParsedArgs, ctx: CliContext): Promise<number>;
}
