/** Where the embedded store lives: the dashboard, `npm run extract` and `npm run lake -- load` agree on it. */
export const DEFAULT_BRONZE_DB_FILE = 'data/bronze.duckdb';

/** BRONZE_DB_FILE, an empty value counting as unset (as in lib/env.ts), else the default. */
export function bronzeDbFileFrom(env: Readonly<Record<string, string | undefined>>): string {
  const file = env.BRONZE_DB_FILE;
  return file !== undefined && file !== '' ? file : DEFAULT_BRONZE_DB_FILE;
}
