/**
 * One run in this process: its settings, every event it emitted in order (so a late subscriber
 * replays from the first), its live subscribers, and the AbortController DELETE pulls.
 */
import type { RunEvent, RunFailureCode, RunFigures, RunHistoryItem, RunSettings } from '../api-contract';

export type RunListener = (event: RunEvent) => void;
export type TerminalEvent = Extract<RunEvent, { type: 'finished' | 'failed' }>;

/** The code a `failed` event carries when the run was cancelled (DELETE). */
export const CANCELLED_CODE = 'cancelled' satisfies RunFailureCode;

export function isTerminal(event: RunEvent): event is TerminalEvent {
  return event.type === 'finished' || event.type === 'failed';
}

/** The history status a terminal event leaves. */
export function statusOfTerminal(event: TerminalEvent): RunHistoryItem['status'] {
  if (event.type === 'finished') return 'finished';
  return event.code === CANCELLED_CODE ? 'cancelled' : 'failed';
}

export class RunHandle {
  private readonly log: RunEvent[] = [];
  private readonly listeners = new Set<RunListener>();
  private readonly endHooks: (() => void)[] = [];
  readonly abort = new AbortController();
  /** Figures of the modes finished so far; the final ones once the run ends. */
  figures: RunFigures | null = null;
  finishedAtMs: number | null = null;

  constructor(
    readonly runId: string,
    readonly settings: RunSettings,
    readonly startedAtMs: number,
  ) {}

  get events(): readonly RunEvent[] {
    return this.log;
  }

  get ended(): boolean {
    const last = this.log.at(-1);
    return last !== undefined && isTerminal(last);
  }

  get status(): RunHistoryItem['status'] {
    const last = this.log.at(-1);
    return last !== undefined && isTerminal(last) ? statusOfTerminal(last) : 'running';
  }

  /** Appends and delivers an event. Emitting after the terminal event is a bug (every stream ends once). */
  emit(event: RunEvent): void {
    if (this.ended) throw new Error(`run ${this.runId} already ended; cannot emit '${event.type}'`);
    this.log.push(event);
    if (event.type === 'finished') this.figures = event.figures;
    if (isTerminal(event)) this.finishedAtMs = event.atMs;
    for (const listener of [...this.listeners]) listener(event);
    if (isTerminal(event)) {
      this.listeners.clear();
      for (const hook of this.endHooks.splice(0)) hook();
    }
  }

  /**
   * Delivers every event so far synchronously, then each new one as it comes, until the terminal
   * event. Returns the unsubscribe function (call it when the reader goes away).
   */
  subscribe(listener: RunListener): () => void {
    for (const event of [...this.log]) listener(event);
    if (this.ended) return () => {};
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Runs `hook` once the terminal event is emitted (at once if it already was). */
  onEnd(hook: () => void): void {
    if (this.ended) hook();
    else this.endHooks.push(hook);
  }

  cancel(): void {
    this.abort.abort();
  }

  toHistoryItem(): RunHistoryItem {
    return {
      runId: this.runId,
      status: this.status,
      startedAtMs: this.startedAtMs,
      finishedAtMs: this.finishedAtMs,
      settings: this.settings,
      figures: this.figures,
    };
  }
}
