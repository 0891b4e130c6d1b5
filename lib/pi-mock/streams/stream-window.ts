/**
 * The time window of a stream read (contract §4.1): startTime `*-1d` and endTime `*` by default,
 * except event-frame attributes, whose window defaults to their frame's (endTime `*` while the
 * frame is in progress). An end time given as a bare offset (`+1h`) counts from the start.
 * endTime < startTime is legal and means time-descending results.
 */
import type { QueryParams } from '../http/query-params';
import type { StreamSource } from '../stream-source';
import { timeParam } from './stream-params';

const DEFAULT_START = '*-1d';
const DEFAULT_END = '*';

export interface TimeWindow {
  startMs: number;
  endMs: number;
}

/** Resolves windows for the streams of one request; explicit times are parsed once, not per stream. */
export class WindowResolver {
  /** startTime (given or `*-1d`) and endTime (`*`) for streams without a frame, parsed once. */
  private sharedStartMs: number | undefined;
  private sharedEndMs: number | undefined;
  private readonly endByStart = new Map<number, number>();
  private readonly explicitStart: boolean;
  private readonly explicitEnd: boolean;

  constructor(
    private readonly query: QueryParams,
    private readonly nowMs: number,
  ) {
    this.explicitStart = (query.get('startTime') ?? '').trim() !== '';
    this.explicitEnd = (query.get('endTime') ?? '').trim() !== '';
  }

  resolve(source: StreamSource): TimeWindow {
    const frame = source.defaultWindow;
    let startMs: number;
    if (this.explicitStart || frame === undefined) {
      this.sharedStartMs ??= timeParam(this.query, 'startTime', this.nowMs, DEFAULT_START);
      startMs = this.sharedStartMs;
    } else {
      startMs = frame.startMs;
    }
    if (!this.explicitEnd) {
      if (frame !== undefined) return { startMs, endMs: frame.endMs ?? this.nowMs };
      this.sharedEndMs ??= timeParam(this.query, 'endTime', this.nowMs, DEFAULT_END);
      return { startMs, endMs: this.sharedEndMs };
    }
    let endMs = this.endByStart.get(startMs);
    if (endMs === undefined) {
      endMs = timeParam(this.query, 'endTime', this.nowMs, DEFAULT_END, startMs);
      this.endByStart.set(startMs, endMs);
    }
    return { startMs, endMs };
  }
}
