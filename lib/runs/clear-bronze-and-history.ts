/**
 * DELETE /api/bronze behind the route: "Clear bronze and history". Refused while a run is going
 * (it lands into these tables and writes its history row); otherwise empties the store and
 * forgets the ended runs this process still holds, so the history reads empty at once.
 */
import type { BronzeStore, ClearedTables } from '../bronze';
import { err, ok, type Result } from '../result';
import { invalidateRunHistory } from './run-history';
import { runRegistry, type RunRegistry } from './run-registry';

export type ClearError = { kind: 'run_in_progress'; runId: string };

export async function clearBronzeAndHistory(store: BronzeStore, registry: RunRegistry = runRegistry()): Promise<Result<ClearedTables, ClearError>> {
  const running = registry.running();
  if (running) return err({ kind: 'run_in_progress', runId: running.runId });
  // Queued in the same tick as the check: a run that starts from here on queues its first write
  // (its history row) behind the clear, so it reads coverage and lands only into the empty store.
  const clearing = store.clear();
  try {
    const cleared = await clearing;
    registry.forgetEnded();
    return ok(cleared);
  } finally {
    invalidateRunHistory(store);
  }
}
