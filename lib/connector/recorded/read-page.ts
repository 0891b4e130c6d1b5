/** Turns a fetched body into a page for a pager, classifying what went wrong for the run report. */
import { z } from 'zod';
import { describeConnectorError, type ConnectorError } from '../errors';
import type { RawResponse } from '../http';
import type { Result } from '../../result';
import { recordedEnvelope, type StrategyContext } from './strategy-context';

export function isFatal(error: ConnectorError): boolean {
  return error.kind === 'unauthorized' || error.kind === 'aborted';
}

/** JSON-parses a response body; a body that is not JSON is a contract failure naming the URL. */
export function parseBody(res: RawResponse): { ok: true; json: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, json: JSON.parse(res.body.toString('utf8')) };
  } catch (e) {
    return { ok: false, reason: `contract: ${res.url} answered a body that is not JSON (${(e as Error).message})` };
  }
}

/** Items of a recorded body, or the reason the tag fails. Fatal errors stop the whole run. */
export function recordedItems(ctx: StrategyContext, res: Result<RawResponse, ConnectorError>): { items: unknown[] } | { reason: string } {
  if (!res.ok) {
    if (isFatal(res.error)) ctx.stop(res.error);
    return { reason: describeConnectorError(res.error) };
  }
  const body = parseBody(res.value);
  if (!body.ok) return { reason: body.reason };
  const envelope = recordedEnvelope.safeParse(body.json);
  if (!envelope.success) return { reason: `contract: ${res.value.url}: ${z.prettifyError(envelope.error).replace(/\n/g, ' ')}` };
  return { items: envelope.data.Items };
}
