/**
 * Per tag of a live tail: where its coverage ends and the channel values received past it, waiting
 * for the next micro-batch. A tag's values are complete up to the newest one received for as long
 * as its socket stays up (a socket delivers in order), so a micro-batch covers
 * (covered end, newest received] per tag; a value at or before the newest received in an earlier
 * frame is one the tail already holds (a back-fill read it, or the server sent it twice) and is
 * dropped. Values at one timestamp must therefore come in one frame, as the mock and PI send them
 * (one poll's values of a stream together).
 */
import { allocateValueColumns, type TagWindow, type ValueColumns } from '../../landing';
import { ValueColumnBuilder } from '../values/value-columns';

export interface LiveTag {
  key: number;
  webId: string;
  name: string;
}

/** One micro-batch: the columns, each tag's window, and how many rows came from each source. */
export interface Drained {
  columns: ValueColumns;
  windows: TagWindow[];
}

export class TailBook {
  readonly tags: readonly LiveTag[];
  private readonly byWebId = new Map<string, number>();
  /** End of the landed coverage of each tag; NaN until the first back-fill sets it. */
  private readonly coveredMs: Float64Array;
  /** Whether coveredMs itself is landed (true) or is the closed start of a first window (false). */
  private readonly coveredOpen: Uint8Array;
  private readonly receivedMs: Float64Array;
  private readonly pending: (ValueColumnBuilder | undefined)[];
  private dirty: number[] = [];

  constructor(tags: readonly LiveTag[]) {
    this.tags = tags;
    tags.forEach((t, i) => this.byWebId.set(t.webId, i));
    this.coveredMs = new Float64Array(tags.length).fill(Number.NaN);
    this.coveredOpen = new Uint8Array(tags.length);
    this.receivedMs = new Float64Array(tags.length).fill(Number.NaN);
    this.pending = new Array<ValueColumnBuilder | undefined>(tags.length);
  }

  indexOf(webId: string): number | undefined {
    return this.byWebId.get(webId);
  }

  /** Where tag i's next read starts: [ms, ...] when closed, (ms, ...] when open. */
  cursor(i: number): { ms: number; open: boolean } {
    return { ms: this.coveredMs[i]!, open: this.coveredOpen[i] === 1 };
  }

  /** Starts tag i at `ms` (closed: nothing of it is landed yet); only before anything is received. */
  start(i: number, ms: number, open: boolean): void {
    this.coveredMs[i] = ms;
    this.coveredOpen[i] = open ? 1 : 0;
    this.receivedMs[i] = ms;
  }

  /** A back-fill landed tag i up to `ms`, inclusive. Only with nothing pending for it. */
  landedTo(i: number, ms: number): void {
    if ((this.pending[i]?.length ?? 0) > 0) throw new Error(`tag ${this.tags[i]?.name}: back-filled with values pending`);
    this.start(i, ms, true);
  }

  /** Values pending across all tags. */
  get pendingValues(): number {
    let n = 0;
    for (const i of this.dirty) n += this.pending[i]?.length ?? 0;
    return n;
  }

  /**
   * Takes decoded values of tag i (ascending by ts, as one stream of a message); keeps those after
   * the newest already held. Answers how many were kept.
   */
  accept(i: number, decoded: ValueColumns): number {
    if (Number.isNaN(this.coveredMs[i]!)) throw new Error(`tag ${this.tags[i]?.name}: values before its first back-fill`);
    let builder = this.pending[i];
    let kept = 0;
    // Fixed before the loop: PI may hold several values at one timestamp, and they arrive together.
    const after = this.receivedMs[i]!;
    // A closed start (nothing landed yet) takes a value at its own instant too.
    const takesAfter = this.coveredOpen[i] === 0 && (builder?.length ?? 0) === 0 && after === this.coveredMs[i];
    for (let r = 0; r < decoded.length; r++) {
      const ts = decoded.tsMs[r]!;
      if (!(ts > after || (takesAfter && ts === after))) continue;
      if (!builder) builder = this.pending[i] = new ValueColumnBuilder(8);
      if (builder.length === 0 && kept === 0) this.dirty.push(i);
      builder.push(this.tags[i]!.key, ts, decoded.seq[r]!, decoded.value[r]!, decoded.state[r] ?? null, decoded.flags[r]!);
      this.receivedMs[i] = ts;
      kept++;
    }
    return kept;
  }

  /** Everything pending as one batch, each tag covered to its newest value; null when nothing is. */
  drain(): Drained | null {
    if (this.dirty.length === 0) return null;
    const tags = this.dirty;
    this.dirty = [];
    let length = 0;
    for (const i of tags) length += this.pending[i]!.length;
    const columns = allocateValueColumns(length);
    const windows: TagWindow[] = [];
    let offset = 0;
    for (const i of tags) {
      const builder = this.pending[i]!;
      offset += builder.copyInto(columns, offset);
      builder.clear();
      windows.push({
        tagKey: this.tags[i]!.key,
        startMs: this.coveredMs[i]!,
        startOpen: this.coveredOpen[i] === 1,
        endMs: this.receivedMs[i]!,
        endOpen: false,
        coveredEndMs: this.receivedMs[i]!,
      });
      this.coveredMs[i] = this.receivedMs[i]!;
      this.coveredOpen[i] = 1;
    }
    return { columns, windows };
  }
}
