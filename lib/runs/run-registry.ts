/**
 * The runs this process knows: at most one running (the mock, the bronze writer and the CPU are
 * shared, so two runs would measure each other), and the last few ended ones, kept so a reload
 * can still replay their events. History beyond that lives in bronze `demo.runs`.
 */
import { err, ok, type Result } from '../result';
import { RunHandle } from './run-handle';
import type { RunSettings } from '../api-contract';

/** Ended runs kept in memory for replay; older ones are answered from bronze. */
export const ENDED_RUNS_KEPT = 20;

export type RegistryError =
  | { kind: 'run_in_progress'; runId: string }
  | { kind: 'not_found'; runId: string }
  | { kind: 'not_running'; runId: string; status: RunHandle['status'] };

export class RunRegistry {
  private readonly runs = new Map<string, RunHandle>();
  private active: RunHandle | null = null;

  /** Registers a new running run, synchronously so two concurrent starts cannot both pass the check. */
  begin(runId: string, settings: RunSettings, nowMs = Date.now()): Result<RunHandle, RegistryError> {
    if (this.active) return err({ kind: 'run_in_progress', runId: this.active.runId });
    const handle = new RunHandle(runId, settings, nowMs);
    this.active = handle;
    this.runs.set(runId, handle);
    handle.onEnd(() => {
      if (this.active === handle) this.active = null;
      this.prune();
    });
    return ok(handle);
  }

  find(runId: string): RunHandle | undefined {
    return this.runs.get(runId);
  }

  running(): RunHandle | null {
    return this.active;
  }

  /** Newest first. */
  list(): RunHandle[] {
    return [...this.runs.values()].reverse();
  }

  /** Pulls the run's AbortController; its executor emits `failed` with code `cancelled`. */
  cancel(runId: string): Result<RunHandle, RegistryError> {
    const handle = this.runs.get(runId);
    if (!handle) return err({ kind: 'not_found', runId });
    if (handle.ended) return err({ kind: 'not_running', runId, status: handle.status });
    handle.cancel();
    return ok(handle);
  }

  /** Drops every ended run (after bronze and history were cleared); the running one stays. */
  forgetEnded(): void {
    for (const handle of [...this.runs.values()]) if (handle.ended) this.runs.delete(handle.runId);
  }

  private prune(): void {
    const ended = [...this.runs.values()].filter((h) => h.ended);
    for (const handle of ended.slice(0, Math.max(0, ended.length - ENDED_RUNS_KEPT))) this.runs.delete(handle.runId);
  }
}

const REGISTRY_KEY = Symbol.for('pi-connector-demo.run-registry');
type GlobalWithRegistry = typeof globalThis & { [REGISTRY_KEY]?: RunRegistry };

/** The process-wide registry, on globalThis because Next bundles each route separately. */
export function runRegistry(): RunRegistry {
  const holder = globalThis as GlobalWithRegistry;
  holder[REGISTRY_KEY] ??= new RunRegistry();
  return holder[REGISTRY_KEY];
}
