/**
 * A commit record as JSON text in pieces, for writing piece by piece: the record of a share of
 * 500,472 tags is ~25 MB of WebIds, which as one JSON.stringify string (and the object it came
 * from) was the largest allocation of the whole extraction. No piece holds more than
 * WEBIDS_PER_PIECE WebIds; concatenated, the pieces are the record's JSON, its windows last.
 */
import type { CommitRecord } from './commit-record';
import type { WindowBounds } from './window-math';

export const WEBIDS_PER_PIECE = 4_096;

/** The record without its windows: what is small whatever the tag count. */
export type RecordHead = Omit<CommitRecord, 'windows'>;

/** One window group of a record; its WebIds are asked for in pieces, as they are written. */
export interface RecordWindowGroup {
  bounds: WindowBounds;
  webIdPieces(): Iterable<readonly string[]>;
}

export function* recordText(head: RecordHead, groups: Iterable<RecordWindowGroup>): Generator<string> {
  // The head is stringified without `windows` (a full CommitRecord may be passed as a head), and
  // windows go last, so the head's closing brace is where they start.
  const headJson = JSON.stringify({ ...head, windows: undefined });
  yield `${headJson.slice(0, -1)},"windows":[`;
  let firstGroup = true;
  for (const { bounds, webIdPieces } of groups) {
    const { startMs, endMs, startOpen, endOpen, coveredEndMs } = bounds;
    const boundsJson = JSON.stringify({ startMs, endMs, startOpen, endOpen, coveredEndMs });
    yield `${firstGroup ? '' : ','}${boundsJson.slice(0, -1)},"tagWebIds":[`;
    firstGroup = false;
    let firstPiece = true;
    for (const piece of webIdPieces()) {
      for (let from = 0; from < piece.length; from += WEBIDS_PER_PIECE) {
        const part = JSON.stringify(piece.slice(from, from + WEBIDS_PER_PIECE)).slice(1, -1);
        if (part.length === 0) continue;
        yield firstPiece ? part : `,${part}`;
        firstPiece = false;
      }
    }
    yield ']}';
  }
  yield ']}\n';
}

/** A record already held whole (tests, small records): its groups as recordText takes them. */
export function wholeGroups(record: Pick<CommitRecord, 'windows'>): RecordWindowGroup[] {
  return record.windows.map((g) => ({ bounds: g, webIdPieces: () => [g.tagWebIds] }));
}
