/**
 * The Live page's tail (issue 16): one at a time, server-side, like a run. It tails a world of the
 * chosen tier on a 1 s grid, served by its own mock listener on 127.0.0.1 in this process (the
 * mock's code, the embedded mock's tier layout), so runs on the embedded 60 s world are never
 * touched, and lands into an in-memory DuckDB store of its own: a 1 s grid in data/bronze.duckdb
 * would sit beside the 60 s one under the same server and WebIds. The connector is the CLI's
 * (`runLive`), through real channels, sockets and landings; the page reads figures every second.
 */
import { BronzeStore, describeBronzeError } from '../bronze';
import { LIVE_WATCHED_TAGS, type LiveFigures, type StartLiveBody } from '../api-contract';
import { describeConnectorError, PiClient, DEFAULT_LIVE_OPTIONS, type LiveStats, describeLiveError, runLive, DEFAULT_RECORDED_OPTIONS, newRunId } from '../connector';
import { startMockServer, MockWorld } from '../pi-mock';
import { err, ok, type Result } from '../result';
import { LiveEventLog } from './event-log';
import { WatchedPoints } from './watched-points';

/** The grid the Live page tails: a value a second per tag. */
export const LIVE_INTERVAL_SECONDS = 1;
const TICK_MS = 1000;

export interface LiveSession {
  id: string;
  log: LiveEventLog;
  stop(): void;
}

interface Registry {
  current: LiveSession | null;
}
const KEY = Symbol.for('pi-connector-demo.live-session');
type GlobalWithLive = typeof globalThis & { [KEY]?: Registry };
function registry(): Registry {
  const holder = globalThis as GlobalWithLive;
  holder[KEY] ??= { current: null };
  return holder[KEY];
}

export function findLiveSession(id: string): LiveSession | null {
  const current = registry().current;
  return current?.id === id ? current : null;
}

export function currentLiveSession(): LiveSession | null {
  const current = registry().current;
  return current && !current.log.ended ? current : null;
}

export type StartLiveError = { kind: 'in_progress'; sessionId: string };

export function startLiveSession(body: StartLiveBody): Result<{ sessionId: string }, StartLiveError> {
  const running = currentLiveSession();
  if (running) return err({ kind: 'in_progress', sessionId: running.id });
  const abort = new AbortController();
  const session: LiveSession = { id: newRunId().replace(/^run-/, 'live-'), log: new LiveEventLog(), stop: () => abort.abort() };
  registry().current = session;
  void tail(session, body, abort.signal).catch((error: unknown) => {
    console.error('[live] tail failed:', error);
    session.log.push({ type: 'failed', code: 'internal', message: 'The live tail failed; see the server log.', atMs: Date.now() });
  });
  return ok({ sessionId: session.id });
}

function figuresOf(stats: LiveStats): LiveFigures {
  return { ...stats, elapsedMs: Math.round(stats.elapsedMs) };
}

async function tail(session: LiveSession, body: StartLiveBody, signal: AbortSignal): Promise<void> {
  const world = new MockWorld({ tagCount: body.tier, intervalSeconds: LIVE_INTERVAL_SECONDS });
  const server = await startMockServer({ getWorld: () => world, host: '127.0.0.1', port: 0 });
  const opened = await BronzeStore.open(':memory:');
  if (!opened.ok) {
    await server.close();
    session.log.push({ type: 'failed', code: 'bronze', message: describeBronzeError(opened.error), atMs: Date.now() });
    return;
  }
  const store = opened.value;
  const client = new PiClient({ baseUrl: server.url, auth: { mode: 'none' }, connections: 4 });
  const watched = new WatchedPoints();
  let last = { atMs: Date.now(), values: 0 };
  const rate = (stats: LiveStats) => {
    const now = Date.now();
    const perSecond = now > last.atMs ? ((stats.valuesLanded - last.values) * 1000) / (now - last.atMs) : 0;
    last = { atMs: now, values: stats.valuesLanded };
    return perSecond;
  };
  try {
    const result = await runLive(
      client,
      store,
      {
        runId: session.id,
        tagCount: body.tagCount,
        nameFilter: null,
        auth: { mode: 'none' },
        options: { ...DEFAULT_LIVE_OPTIONS, recorded: DEFAULT_RECORDED_OPTIONS, pollMs: world.options.channelPollMs },
      },
      signal,
      {
        onStarted: (tags) => {
          const shown = tags.slice(0, LIVE_WATCHED_TAGS);
          watched.watch(shown.map((t) => t.key));
          last = { atMs: Date.now(), values: 0 };
          session.log.push({
            type: 'started',
            sessionId: session.id,
            tier: body.tier,
            tagCount: tags.length,
            intervalSeconds: LIVE_INTERVAL_SECONDS,
            watched: shown.map((t) => ({ key: t.key, name: t.name })),
            atMs: Date.now(),
          });
        },
        onLanded: (batch) => watched.add(batch),
        onStats: (stats) => session.log.push({ type: 'tick', figures: figuresOf(stats), valuesPerSecond: rate(stats), points: watched.take(), atMs: Date.now() }),
        everyMs: TICK_MS,
      },
    );
    if (!result.ok) {
      session.log.push({ type: 'failed', code: 'connector', message: describeLiveError(result.error, describeConnectorError), atMs: Date.now() });
      return;
    }
    const summary = result.value;
    if (summary.fatal) {
      session.log.push({ type: 'failed', code: 'connector', message: summary.fatal, atMs: Date.now() });
      return;
    }
    session.log.push({ type: 'finished', figures: figuresOf(summary), valuesPerSecond: summary.valuesPerSecond, atMs: Date.now() });
  } finally {
    await client.close();
    await store.close();
    await server.close();
  }
}
