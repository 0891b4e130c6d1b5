/**
 * The store the query tests read: in memory, seeded with the test source and the other source,
 * opened before a file's tests and closed after them. Call it at the top of a test file.
 */
import { afterAll, beforeAll } from 'vitest';
import type { BronzeStore } from '../bronze-store';
import { openMemoryStore } from './open-memory-store';
import { seedBronze } from './seed-bronze';
import { seededKeys, seedOtherSource, type SeededKeys } from './seed-other-source';

export interface SeededStore {
  readonly store: BronzeStore;
  readonly keys: SeededKeys;
}

/** Registers the open and the close around the calling file's tests; read the fields inside a test. */
export function openSeededStoreAround(): SeededStore {
  let opened: SeededStore | null = null;
  beforeAll(async () => {
    const store = await openMemoryStore();
    await seedBronze(store);
    await seedOtherSource(store);
    opened = { store, keys: await seededKeys(store) };
  });
  afterAll(async () => {
    await opened?.store.close();
  });
  const current = (): SeededStore => {
    if (opened === null) throw new Error('the seeded store is read before beforeAll opened it');
    return opened;
  };
  return {
    get store() {
      return current().store;
    },
    get keys() {
      return current().keys;
    },
  };
}
