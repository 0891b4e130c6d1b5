/**
 * Command-line flags as every CLI here reads them (the extract CLI, its live mode, the mock):
 * node's parseArgs in strict mode, then zod, and any refusal printed with the usage. Neutral
 * ground, so the connector's and the mock's CLIs share it without importing each other.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { err, ok, type Result } from '../result';

type FlagOptions = NonNullable<ParseArgsConfig['options']>;
type FlagValues<O extends FlagOptions> = ReturnType<typeof parseArgs<{ args: string[]; strict: true; options: O }>>['values'];

/** The flags of `argv`; an unknown flag or a missing value is refused with the usage. */
export function parseFlags<O extends FlagOptions>(argv: string[], options: O, usage: string): Result<FlagValues<O>, string> {
  try {
    return ok(parseArgs({ args: argv, strict: true, options }).values);
  } catch (thrown) {
    return err(`${thrown instanceof Error ? thrown.message : String(thrown)}\n${usage}`);
  }
}

/** Every issue of a failed flag schema (each names its flag), then the usage. */
export function flagIssues(error: z.ZodError, usage: string): string {
  return `${error.issues.map((i) => i.message).join('\n')}\n${usage}`;
}

/** A whole-number flag within [min, max]; each refusal names the flag. */
export function intFlag(flag: string, min: number, max: number) {
  return z.coerce
    .number({ message: `${flag}: expected a number` })
    .pipe(z.int(`${flag}: expected a whole number`).min(min, `${flag}: at least ${min}`).max(max, `${flag}: at most ${max}`));
}
