/**
 * A /batch answer (contract §6): `{"<id>": {"Status": n, "Headers": {...}, "Content": ...}}`,
 * one entry per sub-request, whose ids are the pagers' positions. A 2xx Content is read as a
 * page of its pager (scanned straight into its columns); any other Content is kept as parsed
 * JSON for the error report.
 */
import { z } from 'zod';
import { classifyStatus, type RawResponse } from '../http';
import { err, ok, type Result } from '../../result';
import { JsonBytes, keyBytes, scanRecordedEnvelope } from '../values/scan';
import { parseBody, scanOrNull, type ScanTally } from './read-page';
import { recordedEnvelope } from './strategy-context';
import type { PageRead, StreamPager } from './stream-pager';

export interface SubAnswer {
  status: number;
  headers: Record<string, string> | null | undefined;
  /** The parsed Content of a failed sub-request (its PI Errors). */
  content: unknown;
  /** A 2xx sub-request's page, or why its Content is not one. */
  page: Result<PageRead, string> | null;
}

/** Answers by pager position; a missing entry is undefined. */
export type BatchAnswer = (SubAnswer | undefined)[];

const batchAnswer = z.record(
  z.string(),
  z.object({ Status: z.number(), Headers: z.record(z.string(), z.string()).nullish(), Content: z.unknown() }),
);
/** What `batchAnswer` accepts as Headers (null, or strings by name), checked without zod per sub-response. */
function isHeaders(value: unknown): value is Record<string, string> | null {
  if (value === null) return true;
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  for (const v of Object.values(value)) if (typeof v !== 'string') return false;
  return true;
}

const STATUS = keyBytes('Status');
const HEADERS = keyBytes('Headers');
const CONTENT = keyBytes('Content');

function noItems(pager: StreamPager): Result<PageRead, string> {
  return err(`contract: batch sub-response for ${pager.job.name} has no Items array`);
}

/** The reference path: JSON.parse and the schemas over the whole answer (exported for the test that holds the scanner to it). */
export function referenceAnswer(res: RawResponse, pagers: readonly StreamPager[]): Result<BatchAnswer, string> {
  const body = parseBody(res);
  if (!body.ok) return err(body.reason);
  const parsed = batchAnswer.safeParse(body.json);
  if (!parsed.success) return err(`contract: ${res.url}: not a batch answer keyed by request id`);
  return ok(
    pagers.map((pager, i) => {
      const sub = parsed.data[String(i)];
      if (!sub) return undefined;
      let page: SubAnswer['page'] = null;
      if (classifyStatus(sub.Status) === 'ok') {
        const envelope = recordedEnvelope.safeParse(sub.Content);
        page = envelope.success ? ok({ kind: 'items', items: envelope.data.Items }) : noItems(pager);
      }
      return { status: sub.Status, headers: sub.Headers, content: page === null ? sub.Content : undefined, page };
    }),
  );
}

/** Position of a canonical id ("0", "1", ...) among `count` pagers, else -1. */
function positionOf(id: string, count: number): number {
  const n = Number(id);
  return Number.isInteger(n) && n >= 0 && n < count && String(n) === id ? n : -1;
}

function scanSubAnswer(jb: JsonBytes, pager: StreamPager): SubAnswer {
  if (jb.openObject()) jb.decline('a sub-response without a Status');
  let status: number | undefined;
  let headers: SubAnswer['headers'];
  let headersSeen = false;
  let contentAt = -1;
  let contentEnd = -1;
  let page: SubAnswer['page'] = null;
  do {
    if (jb.keyIs(STATUS)) {
      if (status !== undefined) jb.decline('Status twice');
      const b = jb.peek();
      if (b !== 0x2d && (b < 0x30 || b > 0x39)) jb.decline('a Status that is not a number');
      status = jb.number();
    } else if (jb.keyIs(HEADERS)) {
      if (headersSeen) jb.decline('Headers twice');
      headersSeen = true;
      const parsed = jb.anyValue();
      if (!isHeaders(parsed)) return jb.decline('Headers that are not strings');
      headers = parsed;
    } else if (jb.keyIs(CONTENT)) {
      if (contentAt >= 0) jb.decline('Content twice');
      jb.peek();
      contentAt = jb.pos;
      if (status !== undefined && classifyStatus(status) === 'ok') page = ok({ kind: 'scanned', summary: scanRecordedEnvelope(jb, pager) });
      else jb.skipValue();
      contentEnd = jb.pos;
    } else {
      jb.anyKey();
      jb.skipValue();
    }
  } while (jb.moreMembers());
  if (status === undefined) return jb.decline('a sub-response without a Status');
  const content = contentAt >= 0 ? new JsonBytes(jb.buf, contentAt, contentEnd) : null;
  if (classifyStatus(status) !== 'ok') return { status, headers, content: content?.anyValue(), page };
  // Content came before Status, or not at all: read it now that the status is known.
  if (page === null) {
    if (content === null) return jb.decline('a 2xx sub-response without Content');
    page = ok({ kind: 'scanned', summary: scanRecordedEnvelope(content, pager) });
    content.finish();
  }
  return { status, headers, content: undefined, page };
}

function scanAnswer(jb: JsonBytes, pagers: readonly StreamPager[]): BatchAnswer {
  const answers: BatchAnswer = new Array<SubAnswer | undefined>(pagers.length).fill(undefined);
  if (jb.openObject()) return answers;
  do {
    const at = positionOf(jb.anyKey(), pagers.length);
    if (at < 0 || answers[at] !== undefined) jb.decline('an id that is not one of the request ids, or one twice');
    answers[at] = scanSubAnswer(jb, pagers[at]!);
  } while (jb.moreMembers());
  return answers;
}

export function readBatchAnswer(ctx: ScanTally, res: RawResponse, pagers: readonly StreamPager[]): Result<BatchAnswer, string> {
  const scanned = scanOrNull(ctx, res, pagers, (jb) => scanAnswer(jb, pagers));
  return scanned !== null ? ok(scanned) : referenceAnswer(res, pagers);
}
