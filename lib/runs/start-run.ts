/**
 * POST /api/runs behind the route: checks what only the server can (the window resolves, an
 * external server is configured, no run is going), registers the run and starts its executor
 * without waiting for it. The route answers 202 with the id at once.
 */
import type { BronzeStore } from '../bronze';
import { type RetryPolicy, newRunId } from '../connector';
import { err, ok, type Result } from '../result';
import { getBronzeStore } from './bronze-instance';
import { checkTargetAddress } from './check-target-address';
import { embeddedTarget, externalRunTarget } from './configure-target';
import { externalTarget } from './connection-store';
import { executeRun } from './execute-run';
import { lookupAllAddresses, type LookupAll } from './host-lookup';
import { resolveWindow } from './resolve-window';
import { runRegistry, type RunRegistry } from './run-registry';
import type { RunSettings } from '../api-contract';

export type StartRunError =
  | { kind: 'run_in_progress'; runId: string }
  /** A 400 naming the field: `window.start`, `target`, ... */
  | { kind: 'invalid_input'; field: string; message: string };

export interface StartedRun {
  runId: string;
  /** Settles when the run has ended and been saved (tests, shutdown); never rejects. */
  done: Promise<void>;
}

export interface StartRunOptions {
  store?: BronzeStore;
  registry?: RunRegistry;
  retry?: Partial<RetryPolicy>;
  nowMs?: number;
  /** How the external server's name is resolved for the address check; node:dns by default. */
  lookupAll?: LookupAll;
  /** REDIS_URL / LAKE_DIR for partitioned runs; process.env by default. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Throws BronzeUnavailableError when the shared store cannot be opened. */
export async function startRun(settings: RunSettings, options: StartRunOptions = {}): Promise<Result<StartedRun, StartRunError>> {
  const registry = options.registry ?? runRegistry();
  const running = registry.running();
  if (running) return err({ kind: 'run_in_progress', runId: running.runId });
  const nowMs = options.nowMs ?? Date.now();
  const window = resolveWindow(settings.window, nowMs);
  if (!window.ok) return err({ kind: 'invalid_input', field: window.error.field, message: window.error.message });
  // Captured now: a PUT /api/connection during the run does not move it to another server.
  let external = null;
  if (settings.target === 'external') {
    const target = externalTarget();
    if (!target.ok) return err({ kind: 'invalid_input', field: target.error.field, message: target.error.message });
    // Checked again at start: the saved name may point somewhere else now (issue 11, finding 3).
    const address = await checkTargetAddress(target.value.baseUrl, options.lookupAll ?? lookupAllAddresses);
    if (!address.ok) {
      const failure = address.error;
      if (failure.kind === 'blocked') return err({ kind: 'invalid_input', ...failure.issue });
      return err({ kind: 'invalid_input', field: 'url', message: `${failure.hostname} does not resolve (${failure.code}); check the connection URL` });
    }
    external = target.value;
  }
  const store = options.store ?? (await getBronzeStore());
  // begin() is synchronous: of two starts racing past the check above, exactly one registers.
  const begun = registry.begin(newRunId(nowMs), settings, nowMs);
  if (!begun.ok) return err({ kind: 'run_in_progress', runId: begun.error.runId });
  const handle = begun.value;
  const done = executeRun(handle, window.value, {
    store,
    resolveTarget: async () => (external ? externalRunTarget(external) : embeddedTarget(settings)),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  return ok({ runId: handle.runId, done });
}
