/**
 * A stream-set answer (contract §5.1): `{"Items":[{"WebId":...,"Items":[...],"WebException":...}]}`.
 * Each stream item is matched to its pager by WebId, else by position; a second item for the
 * same pager is ignored. The scanner reads a stream's values into its pager only once it knows
 * which pager that is, and takes them back if the item turns out to carry a failure.
 */
import { z } from 'zod';
import { classifyStatus, type RawResponse } from '../http';
import { ok, type Result } from '../../result';
import { ITEMS, keyBytes, scanTimedValues, type JsonBytes, type PageSummary } from '../values/scan';
import { referenceItems, scanOrNull, type ScanTally } from './read-page';
import type { PageRead, PagerMark, StreamPager } from './stream-pager';

export type StreamSetOutcome =
  | { pager: StreamPager; kind: 'malformed'; index: number }
  | { pager: StreamPager; kind: 'exception'; status: number; errors: string[] }
  | { pager: StreamPager; kind: 'page'; page: PageRead };

const webExceptionSchema = z.object({ StatusCode: z.number().optional(), Errors: z.array(z.string()).optional() }).nullish();
const streamItem = z.object({ WebId: z.string().optional(), Items: z.array(z.unknown()).optional(), WebException: webExceptionSchema });

const WEB_ID = keyBytes('WebId');
const WEB_EXCEPTION = keyBytes('WebException');
const EMPTY_PAGE: PageSummary = { count: 0, appended: 0, lastTimestamp: null, atLast: 0 };

class Matcher {
  private readonly byWebId: Map<string, StreamPager>;
  private readonly answered = new Set<StreamPager>();

  constructor(private readonly set: readonly StreamPager[]) {
    this.byWebId = new Map(set.map((p) => [p.job.webId, p]));
  }

  /** The pager an item answers, or undefined when it answers none not already answered. */
  match(webId: string | undefined, index: number): StreamPager | undefined {
    const pager = (webId ? this.byWebId.get(webId) : undefined) ?? this.set[index];
    if (!pager || this.answered.has(pager)) return undefined;
    this.answered.add(pager);
    return pager;
  }
}

function failedStatus(exception: z.infer<typeof webExceptionSchema>): number | undefined {
  const status = exception?.StatusCode;
  return status !== undefined && classifyStatus(status) !== 'ok' ? status : undefined;
}

/** Exported for the test that holds the scanner to it. */
export function referenceAnswer(res: RawResponse, set: readonly StreamPager[]): Result<StreamSetOutcome[], string> {
  const items = referenceItems(res);
  if (!items.ok) return items;
  const matcher = new Matcher(set);
  const outcomes: StreamSetOutcome[] = [];
  items.value.forEach((raw, index) => {
    const item = streamItem.safeParse(raw);
    const pager = matcher.match(item.success ? item.data.WebId : undefined, index);
    if (!pager) return;
    if (!item.success) return outcomes.push({ pager, kind: 'malformed', index });
    const status = failedStatus(item.data.WebException);
    if (status !== undefined) return outcomes.push({ pager, kind: 'exception', status, errors: item.data.WebException?.Errors ?? [] });
    outcomes.push({ pager, kind: 'page', page: { kind: 'items', items: item.data.Items ?? [] } });
  });
  return ok(outcomes);
}

function scanStreamItem(jb: JsonBytes, index: number, matcher: Matcher, outcomes: StreamSetOutcome[]): void {
  if (jb.openObject()) {
    const pager = matcher.match(undefined, index);
    if (pager) outcomes.push({ pager, kind: 'page', page: { kind: 'scanned', summary: EMPTY_PAGE } });
    return;
  }
  let webId: string | undefined;
  let pager: StreamPager | undefined;
  let matched = false;
  let summary: PageSummary | null = null;
  let mark: PagerMark | null = null;
  let exception: z.infer<typeof webExceptionSchema>;
  let exceptionSeen = false;
  let itemsSeen = false;
  do {
    if (jb.keyIs(WEB_ID)) {
      // Matching happens once, when the values arrive; a WebId after them would change it.
      if (webId !== undefined || itemsSeen) jb.decline('a WebId after the values, or twice');
      webId = jb.string();
    } else if (jb.keyIs(ITEMS)) {
      if (itemsSeen) jb.decline('Items twice');
      itemsSeen = true;
      pager = matcher.match(webId, index);
      matched = true;
      if (pager) {
        mark = pager.mark();
        summary = scanTimedValues(jb, pager);
      } else jb.skipValue();
    } else if (jb.keyIs(WEB_EXCEPTION)) {
      if (exceptionSeen) jb.decline('WebException twice');
      exceptionSeen = true;
      const parsed = webExceptionSchema.safeParse(jb.anyValue());
      if (!parsed.success) jb.decline('a malformed WebException');
      exception = parsed.data;
    } else {
      jb.anyKey();
      jb.skipValue();
    }
  } while (jb.moreMembers());
  if (!matched) pager = matcher.match(webId, index);
  if (!pager) return;
  const status = failedStatus(exception);
  if (status !== undefined) {
    // Values beside a failed WebException are not the stream's: the reference path drops them too.
    if (mark !== null) pager.rewind(mark);
    outcomes.push({ pager, kind: 'exception', status, errors: exception?.Errors ?? [] });
    return;
  }
  outcomes.push({ pager, kind: 'page', page: { kind: 'scanned', summary: summary ?? EMPTY_PAGE } });
}

function scanAnswer(jb: JsonBytes, set: readonly StreamPager[]): StreamSetOutcome[] {
  const matcher = new Matcher(set);
  const outcomes: StreamSetOutcome[] = [];
  let itemsSeen = false;
  if (jb.openObject()) jb.decline('a stream-set body without Items');
  do {
    if (jb.keyIs(ITEMS)) {
      if (itemsSeen) jb.decline('Items twice');
      itemsSeen = true;
      if (jb.openArray()) continue;
      let index = 0;
      do scanStreamItem(jb, index++, matcher, outcomes);
      while (jb.moreElements());
    } else {
      jb.anyKey();
      jb.skipValue();
    }
  } while (jb.moreMembers());
  if (!itemsSeen) jb.decline('a stream-set body without Items');
  return outcomes;
}

export function readStreamSetAnswer(ctx: ScanTally, res: RawResponse, set: readonly StreamPager[]): Result<StreamSetOutcome[], string> {
  const scanned = scanOrNull(ctx, res, set, (jb) => scanAnswer(jb, set));
  return scanned !== null ? ok(scanned) : referenceAnswer(res, set);
}
