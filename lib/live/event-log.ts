/**
 * A live session's events for readers that come and go: each reader gets what is kept, then every
 * new event. Unlike a run, a tail can go on for hours, so only the start and the most recent ticks
 * are kept (a reload still draws the last two minutes of the chart).
 */
import type { LiveEvent } from '../api-contract';

const KEPT_TICKS = 120;

export class LiveEventLog {
  private started: LiveEvent | null = null;
  private ticks: LiveEvent[] = [];
  private terminal: LiveEvent | null = null;
  private readonly readers = new Set<(event: LiveEvent) => void>();

  get ended(): boolean {
    return this.terminal !== null;
  }

  push(event: LiveEvent): void {
    if (this.terminal) return;
    if (event.type === 'started') this.started = event;
    else if (event.type === 'tick') {
      this.ticks.push(event);
      if (this.ticks.length > KEPT_TICKS) this.ticks.splice(0, this.ticks.length - KEPT_TICKS);
    } else this.terminal = event;
    for (const read of this.readers) read(event);
  }

  /** Replays what is kept, then follows; answers the unsubscribe. */
  subscribe(read: (event: LiveEvent) => void): () => void {
    for (const e of [this.started, ...this.ticks, this.terminal]) if (e) read(e);
    if (this.terminal) return () => {};
    this.readers.add(read);
    return () => this.readers.delete(read);
  }
}
