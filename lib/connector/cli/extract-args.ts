/** Flags and environment of `npm run extract` (DESIGN §4), validated with zod; a bad value names its flag. */
import { z } from 'zod';
import { flagIssues, intFlag, parseFlags } from '../../cli';
import { parsePiTime } from '../../pi-contract';
import { err, ok, type Result } from '../../result';
import { parsePartition, type Partition } from '../partition';
import { AUTH_MODES, authFromEnv } from './auth-from-env';
import { baseUrlOf, HELP_REQUESTED, landingTarget, urlFlag, wantsHelp } from './common-flags';
import type { PiAuth } from '../http/types';
import { FILL_MODES, type FillMode } from '../recorded/plan-jobs';
import { EXTRACTION_MODES, type ExtractionMode } from '../recorded/types';

export interface ExtractConfig {
  url: string;
  auth: PiAuth;
  mode: ExtractionMode;
  startMs: number;
  endMs: number;
  fill: FillMode;
  batchSize: number;
  concurrency: number;
  maxCount: number;
  leanFields: boolean;
  /** Ask the server for gzip (default); `--no-gzip` measures what compression saves. */
  gzip: boolean;
  partition: Partition | null;
  /** `--partition queue/N`: N share jobs on the Redis in REDIS_URL instead of one extraction here. */
  queueShares: number | null;
  /** The DuckDB store; null with --lake, which opens no DuckDB file. */
  dbFile: string | null;
  /** The shared Parquet lake to land into instead of the DuckDB store. */
  lakeDir: string | null;
  exportParquetDir: string | null;
  nameFilter: string | null;
  af: boolean;
  eventFrames: boolean;
  progress: boolean;
}

export const EXTRACT_USAGE = `Usage: npm run extract -- --url URL --mode sequential|batch|streamsets --start T --end T
       [--batch-size B] [--concurrency C] [--max-count N] [--partition i/N | auto/N | queue/N]
       [--db FILE | --lake DIR] [--auth none|basic|bearer|negotiate] [--frontfill | --backfill]
       [--export-parquet DIR] [--name-filter PATTERN] [--af] [--event-frames] [--full-fields] [--no-gzip] [--no-progress]
npm run extract -- --mode live --help: tailing through channels (no window; until SIGINT).
Times are PI time strings (ISO 8601, '*-1h', 't', 'y'). Credentials come from the environment:
PI_USER / PI_PASSWORD (basic) or PI_TOKEN (bearer); negotiate (Kerberos) uses the ticket cache
(KRB5CCNAME) or a client keytab (KRB5_CLIENT_KTNAME, PI_KRB5_PRINCIPAL), SPN HTTP@<host> or PI_SPN.
PI_BASE_URL may replace --url.
--lake DIR lands into the shared Parquet lake (no DuckDB file; any number of processes at once).
--partition auto/N takes the share from JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX (0-based).
--partition queue/N enqueues N share jobs on the Redis in REDIS_URL for \`npm run worker\` processes (needs --lake).`;

const argsSchema = z.object({
  url: urlFlag,
  mode: z.enum(EXTRACTION_MODES, { message: '--mode: expected sequential, batch or streamsets (or live, with its own flags: --mode live --help)' }),
  batchSize: intFlag('--batch-size', 1, 10_000),
  concurrency: intFlag('--concurrency', 1, 256),
  maxCount: intFlag('--max-count', 1, 2_147_483_647),
  auth: z.enum(AUTH_MODES, { message: '--auth: expected none, basic, bearer or negotiate' }),
});

export function parseExtractArgs(argv: string[], env: Readonly<Record<string, string | undefined>>, nowMs = Date.now()): Result<ExtractConfig, string> {
  if (wantsHelp(argv)) return err(HELP_REQUESTED);
  const flags = parseFlags(
    argv,
    {
      url: { type: 'string' },
      mode: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      'batch-size': { type: 'string', default: '100' },
      concurrency: { type: 'string' },
      'max-count': { type: 'string', default: '10000' },
      partition: { type: 'string' },
      db: { type: 'string' },
      lake: { type: 'string' },
      auth: { type: 'string' },
      frontfill: { type: 'boolean', default: false },
      backfill: { type: 'boolean', default: false },
      'export-parquet': { type: 'string' },
      'name-filter': { type: 'string' },
      af: { type: 'boolean', default: false },
      'event-frames': { type: 'boolean', default: false },
      'full-fields': { type: 'boolean', default: false },
      'no-gzip': { type: 'boolean', default: false },
      'no-progress': { type: 'boolean', default: false },
    },
    EXTRACT_USAGE,
  );
  if (!flags.ok) return flags;
  const values = flags.value;
  const mode = values.mode ?? 'batch';
  const parsed = argsSchema.safeParse({
    url: values.url ?? env.PI_BASE_URL,
    mode,
    batchSize: values['batch-size'],
    // Sequential defaults to one request at a time: the baseline the demo compares against.
    concurrency: values.concurrency ?? (mode === 'sequential' ? '1' : '4'),
    maxCount: values['max-count'],
    auth: values.auth ?? env.PI_AUTH ?? 'none',
  });
  if (!parsed.success) return err(flagIssues(parsed.error, EXTRACT_USAGE));
  if (values.frontfill && values.backfill) return err('--frontfill and --backfill exclude each other');
  const landing = landingTarget(values);
  if (!landing.ok) return landing;
  if (values.lake !== undefined && values['export-parquet'] !== undefined) {
    return err('--lake already writes Parquet; --export-parquet exports a DuckDB store (use one or the other)');
  }
  if (!values.start || !values.end) return err(`--start and --end are required\n${EXTRACT_USAGE}`);
  const start = parsePiTime(values.start, { nowMs });
  if (!start.ok) return err(`--start: ${start.error.reason}`);
  const end = parsePiTime(values.end, { nowMs, relativeToMs: start.value });
  if (!end.ok) return err(`--end: ${end.error.reason}`);
  if (end.value <= start.value) return err('--end must be after --start');
  const auth = authFromEnv(parsed.data.auth, env);
  if (!auth.ok) return auth;
  let partition: Partition | null = null;
  let queueShares: number | null = null;
  const queued = values.partition ? /^queue\/(\d+)$/.exec(values.partition.trim()) : null;
  if (queued) {
    queueShares = Number(queued[1]);
    if (queueShares < 1 || queueShares > 1000) return err(`--partition queue/N: N must be 1..1000, got ${queueShares}`);
    if (values.lake === undefined) return err('--partition queue/N needs --lake DIR: the shares publish through the lake that every worker mounts');
  } else if (values.partition) {
    const p = parsePartition(values.partition, env);
    if (!p.ok) return p;
    partition = p.value;
  }
  const fill: FillMode = values.frontfill ? 'frontfill' : values.backfill ? 'backfill' : 'window';
  if (!FILL_MODES.includes(fill)) return err(`unknown fill mode ${fill}`);
  return ok({
    url: baseUrlOf(parsed.data.url),
    auth: auth.value,
    mode: parsed.data.mode,
    startMs: start.value,
    endMs: end.value,
    fill,
    batchSize: parsed.data.batchSize,
    concurrency: parsed.data.concurrency,
    maxCount: parsed.data.maxCount,
    leanFields: !values['full-fields'],
    gzip: !values['no-gzip'],
    partition,
    queueShares,
    ...landing.value,
    exportParquetDir: values['export-parquet'] ?? null,
    nameFilter: values['name-filter'] ?? null,
    af: values.af,
    eventFrames: values['event-frames'],
    progress: !values['no-progress'],
  });
}
