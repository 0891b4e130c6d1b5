/** A request body for the limit tests: a stream that counts what its reader pulled, so a test can tell a refused body was not read whole. */
/** `chunkCount` chunks of `chunkBytes`, counting the bytes the reader pulled. */
export function countingBody(chunkBytes: number, chunkCount: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled === chunkCount) return controller.close();
        pulled += 1;
        controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulledBytes: () => pulled * chunkBytes };
}
