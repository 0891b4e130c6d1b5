/**
 * The process-wide embedded mock: one MockWorld that the Next routes (`/piwebapi`, `/api/mock`)
 * and a raw node:http listener all serve. Kept on globalThis because Next bundles instrumentation
 * and each route separately (and dev reloads modules): a module-level variable would give each of
 * them its own world and the tier switch would not reach the listener.
 */
import { performance } from 'node:perf_hooks';
import { getEnv } from '../env';
import { forkListenerProcess } from './listener-process';
import type { MockOptions, MockOptionsInput } from './options';
import { startMockServer } from './server';
import { MockWorld } from './world';

export interface EmbeddedMockStatus {
  /** Tags the mock serves (the tier grid), e.g. 30240. */
  tagCount: number;
  /** The count that was asked for before mapping onto a grid. */
  requestedTagCount: number;
  plants: number;
  unitsPerPlant: number;
  sensorsPerUnit: number;
  /** Time to build the world and touch its catalogue, AF model and event frames, in ms. */
  startupMs: number;
  intervalSeconds: number;
  /** `http://127.0.0.1:<port>/piwebapi` of the node:http listener; null until it listens. */
  internalUrl: string | null;
}

/** The raw listener: a child process (default) or, with MOCK_PI_LISTENER=inline, this process. */
interface Listener {
  /** Serves these options from now on; resolves with the listener URL once it does. */
  configure(options: MockOptions): Promise<string>;
  close(): Promise<void>;
}

interface EmbeddedMockState {
  world: MockWorld;
  startupMs: number;
  listener: Listener | null;
  /** The listener's switch to the current world: awaited before anyone is given its URL. */
  synced: Promise<string> | null;
  internalUrl: string | null;
}

const STATE_KEY = Symbol.for('pi-connector-demo.embedded-mock');
type GlobalWithMock = typeof globalThis & { [STATE_KEY]?: EmbeddedMockState };

/** Builds a world and what its first request would otherwise build, so the figure means "ready". */
function buildWorld(input: MockOptionsInput): { world: MockWorld; startupMs: number } {
  const startedMs = performance.now();
  const world = new MockWorld(input);
  world.catalogue.tag(world.catalogue.count - 1);
  if (!world.af || !world.eventFrames) throw new Error('mock world built without an AF or event-frame model');
  return { world, startupMs: performance.now() - startedMs };
}

const HOUR_MS = 3_600_000;

function state(): EmbeddedMockState {
  const holder = globalThis as GlobalWithMock;
  // The event-frame anchor is pinned once, so this process and the listener's agree on every frame.
  const anchorMs = Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
  holder[STATE_KEY] ??= { ...buildWorld({ tagCount: getEnv().MOCK_PI_TAG_COUNT, anchorMs }), listener: null, synced: null, internalUrl: null };
  return holder[STATE_KEY];
}

/** The world rendered in this process; only for MOCK_PI_LISTENER=inline and as a fallback. */
function inlineListener(): Listener {
  const server = startMockServer({ getWorld: currentWorld, host: '127.0.0.1', port: 0 });
  return {
    configure: async () => (await server).url,
    close: async () => (await server).close(),
  };
}

function sync(current: EmbeddedMockState): void {
  const listener = current.listener;
  if (!listener) return;
  const synced = listener.configure(current.world.options);
  current.synced = synced;
  synced.then(
    (url) => {
      if (current.listener === listener) current.internalUrl = url;
    },
    () => {},
  );
}

/** The world every embedded endpoint serves right now; read it per request, it changes on a tier switch. */
export function currentWorld(): MockWorld {
  return state().world;
}

export function status(): EmbeddedMockStatus {
  const { world, startupMs, internalUrl } = state();
  const { layout } = world.catalogue;
  return {
    tagCount: layout.tagCount,
    requestedTagCount: layout.requestedTagCount,
    plants: layout.plantCount,
    unitsPerPlant: layout.unitsPerPlant,
    sensorsPerUnit: layout.sensorsPerUnit,
    startupMs,
    intervalSeconds: world.options.intervalSeconds,
    internalUrl,
  };
}

/**
 * Replaces the world with one built from the current options plus `patch`, without a restart;
 * requests already running finish on the old world. Throws (a ZodError) on invalid options.
 */
export function reconfigure(patch: MockOptionsInput): EmbeddedMockStatus {
  const current = state();
  const built = buildWorld({ ...current.world.options, ...patch });
  current.world = built.world;
  current.startupMs = built.startupMs;
  sync(current);
  return status();
}

/** Switches the tier: any positive tag count, mapped onto a grid like MOCK_PI_TAG_COUNT. */
export function setTagCount(tagCount: number): EmbeddedMockStatus {
  return reconfigure({ tagCount });
}

/**
 * Starts the raw node:http listener on 127.0.0.1 (ephemeral port) once and answers its URL after
 * it serves the current world. Dashboard runs use it rather than `/piwebapi`: Next's route handler
 * adds ~0.9 ms a request (DESIGN §9). It lives in a child process so the mock renders on the other
 * core while this process runs the connector; MOCK_PI_LISTENER=inline keeps it in this process.
 */
export async function ensureListener(): Promise<string> {
  const current = state();
  if (!current.listener) {
    current.listener = getEnv().MOCK_PI_LISTENER === 'inline' ? inlineListener() : forkListenerProcess();
    sync(current);
  }
  const listener = current.listener;
  try {
    return await (current.synced ?? listener.configure(current.world.options));
  } catch (error) {
    // Forget the failed listener so the next caller starts a new one.
    if (current.listener === listener) {
      current.listener = null;
      current.synced = null;
      current.internalUrl = null;
      await listener.close().catch(() => {});
    }
    throw error;
  }
}

/** Stops the listener if one runs (tests, shutdown); a later ensureListener() starts a new one. */
export async function closeListener(): Promise<void> {
  const current = state();
  const listener = current.listener;
  if (!listener) return;
  current.listener = null;
  current.synced = null;
  current.internalUrl = null;
  await listener.close();
}
