/** Arguments of `npm run lake -- verify|load ...`, validated with zod; a bad one names itself. */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { bronzeDbFileFrom } from '../bronze';
import { err, ok, type Result } from '../result';

export const LAKE_USAGE = `Usage: npm run lake -- verify DIR [--json]
       npm run lake -- load DIR [--db FILE]
verify exits 0 when the lake is sound, 1 when it is not (duplicate keys, missing committed files...).
load defaults --db to $BRONZE_DB_FILE, else data/bronze.duckdb.`;

export type LakeCommand = { command: 'verify'; dir: string; json: boolean } | { command: 'load'; dir: string; dbFile: string };

const positionals = z.tuple([z.enum(['verify', 'load'], { message: 'expected the command verify or load' }), z.string({ message: 'DIR: expected the lake directory' }).min(1, 'DIR: expected the lake directory')], {
  message: 'expected a command and one DIR',
});

export function parseLakeArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Result<LakeCommand, string> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], strict: true, allowPositionals: true, options: { json: { type: 'boolean', default: false }, db: { type: 'string' } } });
  } catch (e) {
    return err(`${e instanceof Error ? e.message : String(e)}\n${LAKE_USAGE}`);
  }
  const words = positionals.safeParse(parsed.positionals);
  if (!words.success) return err(`${words.error.issues[0]?.message ?? 'bad arguments'}\n${LAKE_USAGE}`);
  const [command, dir] = words.data;
  const { json, db } = parsed.values;
  if (command === 'verify') {
    if (db !== undefined) return err(`--db: only for load\n${LAKE_USAGE}`);
    return ok({ command, dir, json });
  }
  if (json) return err(`--json: only for verify\n${LAKE_USAGE}`);
  if (db === '') return err(`--db: expected a file path\n${LAKE_USAGE}`);
  return ok({ command, dir, dbFile: db ?? bronzeDbFileFrom(env) });
}
