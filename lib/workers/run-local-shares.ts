/**
 * A partitioned run on this machine without Redis: one child process per share (share-child.ts),
 * all at once, each landing into the run's lake. A child that exits without answering (crashed,
 * SIGKILLed, out of memory) or fails is forked again, up to `attempts` deliveries, as BullMQ would
 * redeliver it; the lake's commit protocol makes the second delivery land only what the first did
 * not commit. Answers the same ShareOutcome list as runQueuedShares.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { ok, type Result } from '../result';
import type { ShareOutcome } from './run-queued-shares';
import { fromChild, type ChildCredentials, type ToChild } from './share-child-messages';
import { defaultShareChildEntry, type ShareChildEntry } from './share-child-entry';
import { shareName, type ShareJobData, type ShareJobResult, type ShareProgress } from './share-job';

export interface LocalRunOptions {
  /** The job of every share but its `share`. */
  job: Omit<ShareJobData, 'share'>;
  shares: number;
  /** Deliveries of a share before it is reported failed. */
  attempts?: number;
  credentials?: ChildCredentials;
  /** Stops every child: each commits what it landed and answers; the share is reported failed. */
  signal?: AbortSignal;
  entry?: ShareChildEntry;
  /** A child forked for `attempt` of `share` (tests kill it by pid). */
  onSpawn?: (share: number, attempt: number, pid: number) => void;
  /** An attempt ended without landing its share; another follows when `willRetry`. */
  onAttemptFailed?: (share: number, attempt: number, reason: string, willRetry: boolean) => void;
  onProgress?: (share: number, progress: ShareProgress) => void;
}

/** How long a stopped child may take to commit and answer before it is killed. */
const STOP_GRACE_MS = 15_000;

type AttemptEnd =
  | { kind: 'done'; result: ShareJobResult }
  | { kind: 'failed'; final: boolean; message: string };

export function localWorkerName(pid: number): string {
  return `local:${pid}`;
}

/**
 * One abort listener on the caller's signal for all children, not one per child: 20 shares would
 * otherwise put 20 listeners on the run's signal (MaxListenersExceededWarning past 10).
 */
class ChildStopper {
  private readonly live = new Set<ChildProcess>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly onAbort = () => this.live.forEach((child) => this.stop(child));

  constructor(private readonly signal: AbortSignal | undefined) {
    signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  add(child: ChildProcess): void {
    this.live.add(child);
    if (this.signal?.aborted) this.stop(child);
  }

  delete(child: ChildProcess): void {
    this.live.delete(child);
  }

  dispose(): void {
    this.signal?.removeEventListener('abort', this.onAbort);
    this.timers.forEach((t) => clearTimeout(t));
  }

  private stop(child: ChildProcess): void {
    if (child.connected) child.send({ type: 'stop' } satisfies ToChild);
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    this.timers.add(timer);
    child.once('exit', () => {
      clearTimeout(timer);
      this.timers.delete(timer);
    });
  }
}

function runAttempt(options: LocalRunOptions, entry: ShareChildEntry, stopper: ChildStopper, share: number, attempt: number): Promise<AttemptEnd> {
  const child: ChildProcess = fork(entry.script, [], {
    execPath: process.execPath,
    execArgv: entry.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const pid = child.pid ?? 0;
  options.onSpawn?.(share, attempt, pid);
  return new Promise<AttemptEnd>((resolve) => {
    let answer: AttemptEnd | null = null;
    child.on('message', (raw) => {
      const message = fromChild.safeParse(raw);
      if (!message.success) return;
      const m = message.data;
      if (m.type === 'progress') options.onProgress?.(share, m.progress);
      else if (m.type === 'done') answer = { kind: 'done', result: m.result };
      // A refusal (no credentials, a lake it cannot open) or a stop would end the same way again.
      else answer = { kind: 'failed', final: m.kind !== 'failed', message: m.message };
    });
    const finish = (how: string) => {
      stopper.delete(child);
      resolve(answer ?? { kind: 'failed', final: false, message: `${localWorkerName(pid)} ${how} before answering` });
    };
    child.once('exit', (code, signal) => finish(signal ? `was killed (${signal})` : `exited with code ${code}`));
    child.once('error', (error) => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      answer ??= { kind: 'failed', final: true, message: `the share child could not start: ${error.message}` };
    });
    const run: ToChild = {
      type: 'run',
      job: { ...options.job, share: { index: share, count: options.shares } },
      worker: localWorkerName(pid),
      attempt,
      credentials: options.credentials ?? {},
    };
    child.send(run);
    stopper.add(child);
  });
}

async function runOneShare(options: LocalRunOptions, entry: ShareChildEntry, stopper: ChildStopper, share: number): Promise<ShareOutcome> {
  const attempts = options.attempts ?? 3;
  const name = shareName({ index: share, count: options.shares });
  let reason = 'not run';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (options.signal?.aborted) return { share, name, state: 'failed', attempts: attempt - 1, result: null, failedReason: 'the run was stopped' };
    const end = await runAttempt(options, entry, stopper, share, attempt);
    if (end.kind === 'done') return { share, name, state: 'completed', attempts: attempt, result: end.result, failedReason: null };
    reason = end.message;
    const willRetry = !end.final && attempt < attempts && !options.signal?.aborted;
    options.onAttemptFailed?.(share, attempt, reason, willRetry);
    if (!willRetry) return { share, name, state: 'failed', attempts: attempt, result: null, failedReason: reason };
  }
  return { share, name, state: 'failed', attempts, result: null, failedReason: reason };
}

/** Every share side by side in its own process; resolves when each has landed or failed for good. */
export async function runLocalShares(options: LocalRunOptions): Promise<Result<ShareOutcome[], string>> {
  const entry = options.entry ?? defaultShareChildEntry();
  const stopper = new ChildStopper(options.signal);
  try {
    return ok(await Promise.all(Array.from({ length: options.shares }, (_, i) => runOneShare(options, entry, stopper, i + 1))));
  } finally {
    stopper.dispose();
  }
}

