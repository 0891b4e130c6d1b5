/**
 * The time window of a stream read (contract §4.1): startTime `*-1d` and endTime `*` by default,
 * except event-frame attributes, whose window defaults to their frame's (endTime `*` while the
 * frame is in progress). An end time given as a bare offset (`+1h`) counts from the start.
 * endTime < startTime is legal and means time-descending results.
 */
import type { QueryParams } from '../http/query-params';
import type { StreamSource } from '../stream-source';
import { timeParam } from './stream-params';

export interface TimeWindow {
  startMs: number;
  endMs: number;
}

/** Resolves windows for the streams of one request; explicit times are parsed once, not per stream. */
export class WindowResolver {
  private defaultStartMs: number | undefined;
  private defaultEndMs: number | undefined;
  private readonly endByStart = new Map<number, number>();

  constructor(
    private readonly query: QueryParams,
    private readonly nowMs: number,
    private readonly defaults = { startTime: '*-1d', endTime: '*' },
  ) {}

  resolve(source: StreamSource): TimeWindow {
    const frame = source.defaultWindow;
    const explicitStart = this.has('startTime');
    let startMs: number;
    if (explicitStart || frame === undefined) {
      this.defaultStartMs ??= timeParam(this.query, 'startTime', this.nowMs, this.defaults.startTime);
      startMs = this.defaultStartMs;
    } else {
      startMs = frame.startMs;
    }
    if (!this.has('endTime')) {
      if (frame !== undefined) return { startMs, endMs: frame.endMs ?? this.nowMs };
      this.defaultEndMs ??= timeParam(this.query, 'endTime', this.nowMs, this.defaults.endTime);
      return { startMs, endMs: this.defaultEndMs };
    }
    let endMs = this.endByStart.get(startMs);
    if (endMs === undefined) {
      endMs = timeParam(this.query, 'endTime', this.nowMs, this.defaults.endTime, startMs);
      this.endByStart.set(startMs, endMs);
    }
    return { startMs, endMs };
  }

  private has(name: string): boolean {
    const raw = this.query.get(name);
    return raw !== undefined && raw.trim() !== '';
  }
}
