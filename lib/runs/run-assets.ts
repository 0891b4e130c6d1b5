/**
 * The AF hierarchy and the event frames, read once per run (not per mode: they are the same for
 * every strategy) with the connector's extractors and landed through the store.
 */
import type { BronzeStore } from '../bronze';
import { type ConnectorError, extractAfHierarchy, findAssetDatabase, extractEventFrames, type RetryPolicy } from '../connector';
import { targetClient } from './target-client';
import { err, ok, type Result } from '../result';
import type { RunTarget } from './configure-target';
import { describeRemoteFailure } from './remote-text';
import type { ResolvedWindow } from './resolve-window';
import { cancelledFailure, type RunFailure } from './run-failure';
import type { AssetCounts } from './run-figures';
import type { RunEvent } from '../api-contract';

export interface AssetContext {
  target: RunTarget;
  store: BronzeStore;
  window: ResolvedWindow;
  runSignal: AbortSignal;
  retry?: Partial<RetryPolicy>;
  emit(event: RunEvent): void;
}

/** Requests in flight for the AF pages; the extractors batch pages themselves. */
const ASSET_CONNECTIONS = 4;

/**
 * How far back event frames are searched from the end of the run's value window. Frames last
 * from minutes to hours, so the value window (an hour by default) catches mostly frames still
 * in progress: after a 1,040-tag run 22 of 23 were, and the durations chart had one frame to
 * show. A week shows their distribution (the mock lays its frames over the 7 days before its
 * anchor) and stays cheap: about 12,000 frames at 30,240 tags.
 */
export const EVENT_FRAME_SEARCH_MS = 7 * 24 * 3_600_000;

/** The window event frames are searched in: the week before the value window ends, whatever the value window's length. */
export function eventFrameSearchWindow(valueWindow: ResolvedWindow): ResolvedWindow {
  return { startMs: valueWindow.endMs - EVENT_FRAME_SEARCH_MS, endMs: valueWindow.endMs };
}

export async function landAssets(ctx: AssetContext): Promise<Result<AssetCounts, RunFailure>> {
  const client = targetClient(ctx.target, {
    connections: ASSET_CONNECTIONS,
    signal: ctx.runSignal,
    ...(ctx.retry ? { retry: ctx.retry } : {}),
  });
  const fail = (error: ConnectorError): Result<never, RunFailure> =>
    err(error.kind === 'aborted' || ctx.runSignal.aborted ? cancelledFailure() : { code: error.kind, message: describeRemoteFailure(error) });
  try {
    const db = await findAssetDatabase(client);
    if (!db.ok) return fail(db.error);
    ctx.emit({ type: 'assets', phase: 'af', count: null });
    const elements = await extractAfHierarchy(client, db.value);
    if (!elements.ok) return fail(elements.error);
    const afElements = await ctx.store.landAfElements(db.value.source, elements.value);
    ctx.emit({ type: 'assets', phase: 'af', count: afElements });
    ctx.emit({ type: 'assets', phase: 'event-frames', count: null });
    const searchWindow = eventFrameSearchWindow(ctx.window);
    const frames = await extractEventFrames(client, db.value.webId, searchWindow);
    if (!frames.ok) return fail(frames.error);
    // Landed for the window searched: what the same search found before is replaced.
    const eventFrames = await ctx.store.landEventFrames(db.value.source, searchWindow, frames.value);
    ctx.emit({ type: 'assets', phase: 'event-frames', count: eventFrames });
    return ok({ afElements, eventFrames });
  } finally {
    await client.close();
  }
}
