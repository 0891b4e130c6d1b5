/**
 * `--mode live` end to end: list the points (`--name-filter`, the first `--tags N`), register them
 * in the sink, place each tag's start from its checkpoints (its covered end when that lies within
 * the lookback, else the lookback's start), then tail them through channels until `signal` aborts.
 */
import type { LandingSink } from '../../landing';
import { err, ok, type Result } from '../../result';
import { findDataServer, pointPages, type DiscoveredPoint } from '../discovery/discover-points';
import type { ConnectorError } from '../errors';
import { authorizationHeader } from '../http/auth';
import type { PiAuth } from '../http';
import type { PiClient } from '../http';
import { LiveTail } from './live-tail';
import type { LandedBatch, LiveOptions, LiveStats, LiveSummary } from './live-types';
import { TailBook, type LiveTag } from './tail-book';

export interface LivePlan {
  runId: string;
  /** The first N points listed; null: every point (of the name filter). */
  tagCount: number | null;
  nameFilter: string | null;
  auth: PiAuth;
  options: LiveOptions;
}

export interface LiveHooks {
  /** Called once the tags are registered and placed, before the first socket opens. */
  onStarted?: (tags: readonly LiveTag[]) => void;
  onLanded?: (batch: LandedBatch) => void;
  /** Called every `everyMs` with the figures so far. */
  onStats?: (stats: LiveStats) => void;
  everyMs?: number;
}

export type LiveError = ConnectorError | { kind: 'live-auth'; mode: PiAuth['mode'] } | { kind: 'no-tags'; nameFilter: string | null };

export function describeLiveError(error: LiveError, describe: (e: ConnectorError) => string): string {
  if (error.kind === 'live-auth') return `--mode live supports --auth none, basic or bearer; ${error.mode} authenticates per HTTP connection, not on a WebSocket upgrade here`;
  if (error.kind === 'no-tags') return `no point is listed${error.nameFilter ? ` for --name-filter ${error.nameFilter}` : ''}`;
  return describe(error);
}

export async function runLive(client: PiClient, sink: LandingSink, plan: LivePlan, signal: AbortSignal, hooks: LiveHooks = {}): Promise<Result<LiveSummary, LiveError>> {
  if (plan.auth.mode === 'negotiate') return err({ kind: 'live-auth', mode: plan.auth.mode });
  const server = await findDataServer(client);
  if (!server.ok) return server;
  const points: DiscoveredPoint[] = [];
  for await (const page of pointPages(client, server.value, plan.nameFilter ? { nameFilter: plan.nameFilter } : {})) {
    if (!page.ok) return page;
    for (const p of page.value) if (plan.tagCount === null || points.length < plan.tagCount) points.push(p);
    if (plan.tagCount !== null && points.length >= plan.tagCount) break;
  }
  if (points.length === 0) return err({ kind: 'no-tags', nameFilter: plan.nameFilter });
  const keys = await sink.registerTags(
    server.value.source,
    points.map((p) => ({ webId: p.webId, name: p.name, units: p.units, ...(p.pointId === undefined ? {} : { pointId: p.pointId }) })),
  );
  const tags: LiveTag[] = points.map((p) => {
    const key = keys.get(p.webId);
    if (key === undefined) throw new Error(`sink did not register ${p.webId}`);
    return { key, webId: p.webId, name: p.name };
  });
  const book = new TailBook(tags);
  const coverage = await sink.coverage(tags.map((t) => t.key));
  const fromMs = server.value.serverTimeMs - plan.options.lookbackMs;
  tags.forEach((t, i) => {
    const last = coverage.get(t.key)?.at(-1);
    if (last && last.endMs >= fromMs) book.start(i, last.endMs, true);
    else book.start(i, fromMs, false);
  });
  hooks.onStarted?.(tags);
  const authorization = authorizationHeader(plan.auth);
  const tail = new LiveTail({
    client,
    sink,
    book,
    options: plan.options,
    headers: authorization === undefined ? {} : { authorization },
    runId: plan.runId,
    signal,
    ...(hooks.onLanded ? { onLanded: hooks.onLanded } : {}),
  });
  const ticker = hooks.onStats ? setInterval(() => hooks.onStats?.(tail.snapshot()), hooks.everyMs ?? 1000) : null;
  try {
    return ok(await tail.run());
  } finally {
    if (ticker) clearInterval(ticker);
  }
}
