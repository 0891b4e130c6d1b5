/**
 * The dashboard's one BronzeStore, opened on first use at BRONZE_DB_FILE (default
 * data/bronze.duckdb). Kept on globalThis: Next bundles each route separately and dev reloads
 * modules, and DuckDB allows one writer per file, so every route must share the same store.
 */
import { BronzeStore, bronzeDbFileFrom, describeBronzeError, type BronzeError } from '../bronze';
import type { ApiErrorInit } from '../http';

/** The store could not be opened (locked by another process, bad path): routes answer 503. */
export class BronzeUnavailableError extends Error {
  constructor(readonly cause: BronzeError) {
    super(describeBronzeError(cause));
    this.name = 'BronzeUnavailableError';
  }
}

/** The one 503 body for a store that cannot be opened; null for any other failure (a bug: a 500). */
export function bronzeUnavailableBody(error: unknown): ApiErrorInit | null {
  return error instanceof BronzeUnavailableError ? { code: 'unavailable', message: `The bronze store is unavailable: ${error.message}` } : null;
}

const STORE_KEY = Symbol.for('pi-connector-demo.bronze-store');
type GlobalWithStore = typeof globalThis & { [STORE_KEY]?: Promise<BronzeStore> };

export function bronzeDbFile(): string {
  return bronzeDbFileFrom(process.env);
}

/** Opens the store once per process; a failed open is forgotten so the next call tries again. Throws BronzeUnavailableError. */
export function getBronzeStore(): Promise<BronzeStore> {
  const holder = globalThis as GlobalWithStore;
  holder[STORE_KEY] ??= BronzeStore.open(bronzeDbFile()).then((opened) => {
    if (opened.ok) return opened.value;
    delete holder[STORE_KEY];
    throw new BronzeUnavailableError(opened.error);
  });
  return holder[STORE_KEY];
}

/** Closes the shared store if it was opened (tests, shutdown); a later getBronzeStore() opens it again. */
export async function closeBronzeStore(): Promise<void> {
  const holder = globalThis as GlobalWithStore;
  const pending = holder[STORE_KEY];
  if (!pending) return;
  delete holder[STORE_KEY];
  const store = await pending.catch(() => null);
  await store?.close();
}
