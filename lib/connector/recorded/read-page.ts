/**
 * Turns a fetched body into pages for pagers. The byte scanner reads it first, straight into the
 * pagers' columns; when it declines (anything it does not read exactly as JSON.parse and the
 * schemas would), the pagers are rewound and the reference path (JSON.parse, zod, the decoder)
 * reads the body and gives the verdict, so both paths land the same rows and name the same faults.
 */
import { z } from 'zod';
import { describeConnectorError, type ConnectorError } from '../errors';
import type { RawResponse } from '../http';
import { err, ok, type Result } from '../../result';
import { JsonBytes, ScanDeclined, scanRecordedEnvelope } from '../values/scan';
import { recordedEnvelope, type StrategyContext } from './strategy-context';
import type { PageRead, StreamPager } from './stream-pager';

export function isFatal(error: ConnectorError): boolean {
  return error.kind === 'unauthorized' || error.kind === 'negotiate' || error.kind === 'aborted';
}

/** JSON-parses a response body; a body that is not JSON is a contract failure naming the URL. */
export function parseBody(res: RawResponse): { ok: true; json: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, json: JSON.parse(res.body.toString('utf8')) };
  } catch (e) {
    return { ok: false, reason: `contract: ${res.url} answered a body that is not JSON (${(e as Error).message})` };
  }
}

/** Where declined scans are counted (the strategy context). */
export interface ScanTally {
  scanDeclined: number;
}

/**
 * Runs `scan` over the body; on a decline rewinds every pager it may have written to, counts the
 * decline, and returns null so the caller takes the reference path.
 */
export function scanOrNull<T>(ctx: ScanTally, res: RawResponse, pagers: readonly StreamPager[], scan: (jb: JsonBytes) => T): T | null {
  const marks = pagers.map((p) => p.mark());
  try {
    const jb = new JsonBytes(res.body);
    const result = scan(jb);
    jb.finish();
    return result;
  } catch (thrown) {
    if (!(thrown instanceof ScanDeclined)) throw thrown;
    pagers.forEach((p, i) => p.rewind(marks[i]!));
    ctx.scanDeclined++;
    return null;
  }
}

/** The response, or the reason its tags fail; a fatal error (401/403, cancel) also stops the run. */
export function responseOf(ctx: StrategyContext, res: Result<RawResponse, ConnectorError>): Result<RawResponse, string> {
  if (res.ok) return res;
  if (isFatal(res.error)) ctx.stop(res.error);
  return err(describeConnectorError(res.error));
}

/** Items of a recorded body through the reference path. */
export function referenceItems(res: RawResponse): Result<unknown[], string> {
  const body = parseBody(res);
  if (!body.ok) return err(body.reason);
  const envelope = recordedEnvelope.safeParse(body.json);
  if (!envelope.success) return err(`contract: ${res.url}: ${z.prettifyError(envelope.error).replace(/\n/g, ' ')}`);
  return ok(envelope.data.Items);
}

/** One stream's recorded body (a single-stream GET) as a page of `pager`. */
export function readRecordedPage(ctx: ScanTally, res: RawResponse, pager: StreamPager): Result<PageRead, string> {
  const summary = scanOrNull(ctx, res, [pager], (jb) => scanRecordedEnvelope(jb, pager));
  if (summary !== null) return ok({ kind: 'scanned', summary });
  const items = referenceItems(res);
  return items.ok ? ok({ kind: 'items', items: items.value }) : items;
}
