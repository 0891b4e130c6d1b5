/** Shape of `DELETE /api/bronze` ("Clear bronze and history"): shared by the route and the header's Clear action. */
import { z } from 'zod';

export const clearedBronze = z.object({
  /** Rows deleted per table, keyed `schema.table` (bronze.*, checkpoints.*, demo.runs). */
  cleared: z.record(z.string(), z.int().nonnegative()),
});
export type ClearedBronze = z.infer<typeof clearedBronze>;
