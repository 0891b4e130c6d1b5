import { afterEach, beforeEach } from 'vitest';
import { tempLake } from './lake-fixture';

/** A fresh lake directory for each test of the calling file, removed after it; read `dir` inside a test. */
export function tempLakePerTest(): { readonly dir: string } {
  let current: Awaited<ReturnType<typeof tempLake>> | null = null;
  beforeEach(async () => {
    current = await tempLake();
  });
  afterEach(async () => {
    await current?.remove();
    current = null;
  });
  return {
    get dir() {
      if (current === null) throw new Error('the lake is read outside a test');
      return current.dir;
    },
  };
}
