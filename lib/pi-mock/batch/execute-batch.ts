/**
 * The batch controller (contract §6): runs sub-requests in dependency order through the same
 * router as single requests and writes the answer in request order as it goes. Sub-response
 * bodies are embedded as the bytes the handlers rendered (a batch of 100 recorded reads is never
 * parsed and re-serialised), and each is dropped once written, unless a later Parameter reads it:
 * memory follows the largest sub-response, not the whole answer.
 */
import type { ParsedBatch } from './parse-batch';
import { BatchAnswerWriter, type SubResult } from './render-batch';
import { runSubRequest, type BatchContext } from './run-sub-request';

/**
 * Bytes pending before a chunk is handed to the transport: well above an ordinary batch answer
 * (100 recorded reads of an hour, ~0.9 MB), which therefore stays one buffer with a Content-Length.
 */
export const CHUNK_BYTES = 4 * 1024 * 1024;

/** The answer's bytes, rendered as the consumer pulls them; `order` is executionOrder's. */
export async function* streamBatch(ctx: BatchContext, batch: ParsedBatch, order: readonly string[]): AsyncGenerator<Buffer, void, undefined> {
  const writer = new BatchAnswerWriter(batch.listShaped);
  const answerOrder = [...batch.requests.keys()];
  let nextToWrite = 0;
  // Parents that ran before their own turn in the answer (they follow a dependant in the body).
  const ranAhead = new Map<string, SubResult>();
  for (const id of order) {
    const sub = batch.requests.get(id);
    if (sub === undefined) throw new Error(`executionOrder named '${id}', which is not in the batch`);
    const result = await runSubRequest(ctx, id, sub);
    ctx.statuses.set(id, result.status);
    ctx.parents.record(id, result);
    ctx.parents.release(sub);
    ranAhead.set(id, result);
    // Parents come first in the execution order, so every earlier id in the body has run by now.
    for (let nextId = answerOrder[nextToWrite]; nextId !== undefined; nextId = answerOrder[nextToWrite]) {
      const ready = ranAhead.get(nextId);
      if (ready === undefined) break;
      writer.item(nextId, ready);
      ranAhead.delete(nextId);
      nextToWrite++;
    }
    for (const chunk of writer.chunks(CHUNK_BYTES)) yield chunk;
  }
  yield writer.end();
}
