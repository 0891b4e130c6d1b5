/**
 * Bounded concurrency over a lazy source. Items are pulled only when a worker is free, so a
 * source that is produced as it is consumed (points listed page by page, planned slice by slice)
 * is never held whole: at most `limit` items are being worked on, whatever the source's length.
 */
export async function forEachConcurrent<T>(
  items: AsyncIterable<T> | Iterable<T>,
  limit: number,
  work: (item: T) => Promise<void>,
  shouldStop: () => boolean = () => false,
): Promise<void> {
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  let exhausted = false;
  const worker = async () => {
    while (!exhausted && !shouldStop()) {
      // An async generator queues concurrent next() calls, so workers never take the same item.
      const next = await iterator.next();
      if (next.done) {
        exhausted = true;
        return;
      }
      await work(next.value);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
  } finally {
    // Stopped early: let the source release what it holds (open pages, a prefetched slice).
    if (!exhausted) await iterator.return?.();
  }
}

/** Consecutive groups of `size` items (the last one shorter), pulled from the source as needed. */
export async function* groupsOf<T>(items: AsyncIterable<T> | Iterable<T>, size: number): AsyncGenerator<T[]> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`group size must be a positive integer, got ${size}`);
  let group: T[] = [];
  for await (const item of items) {
    group.push(item);
    if (group.length === size) {
      yield group;
      group = [];
    }
  }
  if (group.length > 0) yield group;
}
