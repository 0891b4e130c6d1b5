/** What the extract CLI reads the same way in both its modes (a window, `--mode live`). */
import { z } from 'zod';
import { DEFAULT_BRONZE_DB_FILE } from '../../bronze';
import { err, ok, type Result } from '../../result';

/** What `--help` asks for: not a configuration, the usage. */
export const HELP_REQUESTED = 'help';

export const urlFlag = z.url({ message: '--url: expected an absolute URL such as http://127.0.0.1:8000/piwebapi' });

export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

/** Where the values land: the DuckDB store (default) or, with --lake, the shared lake alone. */
export function landingTarget(values: { db?: string; lake?: string }): Result<{ dbFile: string | null; lakeDir: string | null }, string> {
  if (values.lake !== undefined && values.db !== undefined) return err('--lake and --db exclude each other: --lake opens no DuckDB file');
  if (values.lake === '') return err('--lake: expected a directory');
  return ok({ dbFile: values.lake === undefined ? (values.db ?? DEFAULT_BRONZE_DB_FILE) : null, lakeDir: values.lake ?? null });
}

/** The server's URL as the client takes it: no trailing slash. */
export function baseUrlOf(url: string): string {
  return url.replace(/\/+$/, '');
}
