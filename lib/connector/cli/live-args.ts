/**
 * Flags of `npm run extract -- --mode live` (issue 16), validated with zod; a bad value names its
 * flag. A tail has no window: it starts from each tag's checkpoints and runs until SIGINT.
 */
import { z } from 'zod';
import { flagIssues, intFlag, parseFlags } from '../../cli';
import { err, ok, type Result } from '../../result';
import type { PiAuth } from '../http/types';
import { DEFAULT_LIVE_OPTIONS } from '../live/live-types';
import { AUTH_MODES, authFromEnv } from './auth-from-env';
import { baseUrlOf, HELP_REQUESTED, landingTarget, urlFlag, wantsHelp } from './common-flags';

export interface LiveExtractConfig {
  url: string;
  auth: PiAuth;
  /** The first N points listed; null: all (of the name filter). */
  tagCount: number | null;
  nameFilter: string | null;
  tagsPerSocket: number;
  heartbeatRate: number;
  pollMs: number;
  flushMs: number;
  lookbackMs: number;
  batchSize: number;
  concurrency: number;
  gzip: boolean;
  dbFile: string | null;
  lakeDir: string | null;
  /** With --lake: how often the tail commits what it landed (one share each time). */
  lakeCommitMs: number;
  /** Print the figures to stderr every second. */
  progress: boolean;
}

export const LIVE_USAGE = `Usage: npm run extract -- --mode live --url URL [--tags N | --name-filter PATTERN]
       [--db FILE | --lake DIR [--lake-commit-seconds 10]] [--auth none|basic|bearer] [--tags-per-socket 200] [--heartbeat-rate 2]
       [--poll-ms 1000] [--flush-ms 250] [--lookback-seconds 60] [--batch-size 100] [--concurrency 4] [--no-gzip] [--no-progress]
Tails the points through PI Web API channels (streamsets/channel, N WebIds per socket) until SIGINT,
then prints one JSON summary line. Each tag starts where its checkpoints end (or --lookback-seconds
before the server's time); every reconnect back-fills the gap with recorded reads.
--poll-ms is the server's channel polling interval: a socket silent for 3 x heartbeat-rate x poll-ms is reconnected.
--lake-commit-seconds: the lake shows the tail's values within this interval (each commit is one share of the run).`;

/** Short enough that the lake trails the tail by seconds, long enough that its files stay few. */
export const DEFAULT_LAKE_COMMIT_SECONDS = 10;

/** Whether argv asks for the live tail (it has its own flags). */
export function isLiveMode(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === '--mode=live' || (a === '--mode' && argv[i + 1] === 'live'));
}

const liveSchema = z.object({
  url: urlFlag,
  tags: intFlag('--tags', 1, 1_000_000).optional(),
  tagsPerSocket: intFlag('--tags-per-socket', 1, 10_000),
  heartbeatRate: intFlag('--heartbeat-rate', 1, 3600),
  pollMs: intFlag('--poll-ms', 10, 60_000),
  flushMs: intFlag('--flush-ms', 10, 60_000),
  lookbackSeconds: intFlag('--lookback-seconds', 0, 7 * 86_400),
  lakeCommitSeconds: intFlag('--lake-commit-seconds', 1, 86_400),
  batchSize: intFlag('--batch-size', 1, 10_000),
  concurrency: intFlag('--concurrency', 1, 256),
  auth: z.enum(AUTH_MODES, { message: '--auth: expected none, basic or bearer' }),
});

export function parseLiveArgs(argv: string[], env: Readonly<Record<string, string | undefined>>): Result<LiveExtractConfig, string> {
  if (wantsHelp(argv)) return err(HELP_REQUESTED);
  const flags = parseFlags(
    argv,
    {
      url: { type: 'string' },
      mode: { type: 'string' },
      tags: { type: 'string' },
      'name-filter': { type: 'string' },
      db: { type: 'string' },
      lake: { type: 'string' },
      auth: { type: 'string' },
      'tags-per-socket': { type: 'string', default: String(DEFAULT_LIVE_OPTIONS.tagsPerSocket) },
      'heartbeat-rate': { type: 'string', default: String(DEFAULT_LIVE_OPTIONS.heartbeatRate) },
      'poll-ms': { type: 'string', default: String(DEFAULT_LIVE_OPTIONS.pollMs) },
      'flush-ms': { type: 'string', default: String(DEFAULT_LIVE_OPTIONS.flushMs) },
      'lookback-seconds': { type: 'string', default: String(DEFAULT_LIVE_OPTIONS.lookbackMs / 1000) },
      'lake-commit-seconds': { type: 'string', default: String(DEFAULT_LAKE_COMMIT_SECONDS) },
      'batch-size': { type: 'string', default: '100' },
      concurrency: { type: 'string', default: '4' },
      'no-gzip': { type: 'boolean', default: false },
      'no-progress': { type: 'boolean', default: false },
    },
    LIVE_USAGE,
  );
  if (!flags.ok) return flags;
  const values = flags.value;
  const parsed = liveSchema.safeParse({
    url: values.url ?? env.PI_BASE_URL,
    tags: values.tags,
    tagsPerSocket: values['tags-per-socket'],
    heartbeatRate: values['heartbeat-rate'],
    pollMs: values['poll-ms'],
    flushMs: values['flush-ms'],
    lookbackSeconds: values['lookback-seconds'],
    lakeCommitSeconds: values['lake-commit-seconds'],
    batchSize: values['batch-size'],
    concurrency: values.concurrency,
    auth: values.auth ?? env.PI_AUTH ?? 'none',
  });
  if (!parsed.success) return err(flagIssues(parsed.error, LIVE_USAGE));
  if (parsed.data.auth === 'negotiate') return err('--auth negotiate: a live tail authenticates its WebSocket upgrades with Basic or Bearer only');
  const landing = landingTarget(values);
  if (!landing.ok) return landing;
  const auth = authFromEnv(parsed.data.auth, env);
  if (!auth.ok) return auth;
  const d = parsed.data;
  return ok({
    url: baseUrlOf(d.url),
    auth: auth.value,
    tagCount: d.tags ?? null,
    nameFilter: values['name-filter'] ?? null,
    tagsPerSocket: d.tagsPerSocket,
    heartbeatRate: d.heartbeatRate,
    pollMs: d.pollMs,
    flushMs: d.flushMs,
    lookbackMs: d.lookbackSeconds * 1000,
    batchSize: d.batchSize,
    concurrency: d.concurrency,
    gzip: !values['no-gzip'],
    ...landing.value,
    lakeCommitMs: d.lakeCommitSeconds * 1000,
    progress: !values['no-progress'],
  });
}
