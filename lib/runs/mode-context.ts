/** What one mode of a run works with: the run's settings, target, window, store, cancel and event sink. */
import type { BronzeStore } from '../bronze';
import type { RetryPolicy } from '../connector';
import type { RunTarget } from './configure-target';
import type { ResolvedWindow } from './resolve-window';
import type { RunEvent, RunSettings } from '../api-contract';
import type { ShareExecutor } from './share-executor';

export interface ModeContext {
  runId: string;
  settings: RunSettings;
  target: RunTarget;
  window: ResolvedWindow;
  store: BronzeStore;
  /** The run's cancel (DELETE). */
  runSignal: AbortSignal;
  /** Tags discovered when the run started: the set every mode reads. */
  tagsTotal: number;
  retry?: Partial<RetryPolicy>;
  /** Where the shares of a partitioned mode run (processes); null when the run has one partition. */
  shares?: ShareExecutor | null;
  emit(event: RunEvent): void;
}
