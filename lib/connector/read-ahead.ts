/**
 * Starts producing the next item of `source` as soon as the current one is handed over, and no
 * further: the producer's work (listing and registering the next slice of points) overlaps the
 * consumer's (reading the current slice's values) while at most two items exist at once.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  let finished = false;
  try {
    for (;;) {
      const current = await next;
      if (current.done) {
        finished = true;
        return;
      }
      next = iterator.next();
      yield current.value;
    }
  } finally {
    if (!finished) {
      // The consumer stopped early: settle the item being produced (its failure has no one left to
      // report to), then close the source so it releases what it holds.
      await next.then(
        () => undefined,
        () => undefined,
      );
      await iterator.return?.();
    }
  }
}
