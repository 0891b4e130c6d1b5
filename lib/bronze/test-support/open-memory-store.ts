/** An in-memory store for tests; fails the test if it cannot open. */
import { BronzeStore, type BronzeStoreOptions } from '../bronze-store';
import { describeBronzeError } from '../errors';

export async function openMemoryStore(options: BronzeStoreOptions = {}): Promise<BronzeStore> {
  const opened = await BronzeStore.open(':memory:', options);
  if (!opened.ok) throw new Error(describeBronzeError(opened.error));
  return opened.value;
}
