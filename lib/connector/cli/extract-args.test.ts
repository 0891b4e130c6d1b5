import { describe, expect, it } from 'vitest';
import { DEFAULT_BRONZE_DB_FILE as DEFAULT_DB_FILE } from '../../bronze';
import { HELP_REQUESTED } from './common-flags';
import { parseExtractArgs } from './extract-args';

const BASE = ['--url', 'http://127.0.0.1:8000/piwebapi', '--start', '2024-01-01T00:00:00Z', '--end', '2024-01-01T01:00:00Z'];

describe('parseExtractArgs', () => {
  it('lands into the DuckDB store by default, and into the lake alone with --lake', () => {
    const store = parseExtractArgs(BASE, {});
    expect(store.ok && [store.value.dbFile, store.value.lakeDir]).toEqual([DEFAULT_DB_FILE, null]);
    const lake = parseExtractArgs([...BASE, '--lake', '/mnt/lake'], {});
    expect(lake.ok && [lake.value.dbFile, lake.value.lakeDir]).toEqual([null, '/mnt/lake']);
  });

  it.each([
    [['--lake', 'x', '--db', 'y.duckdb'], '--lake and --db exclude each other'],
    [['--lake', 'x', '--export-parquet', 'p'], '--lake already writes Parquet'],
    [['--lake', ''], '--lake: expected a directory'],
    [['--partition', 'auto/4'], 'no scheduler index in the environment'],
    [['--partition', 'queue'], "expected i/N such as 2/10, or auto/N, got 'queue'"],
    [['--partition', 'queue/4'], '--partition queue/N needs --lake DIR'],
  ])('refuses %j naming the problem', (extra, message) => {
    const parsed = parseExtractArgs([...BASE, ...extra], {});
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain(message);
  });

  it('takes the share of auto/N from the scheduler', () => {
    const parsed = parseExtractArgs([...BASE, '--partition', 'auto/4', '--lake', 'l'], { JOB_COMPLETION_INDEX: '3' });
    expect(parsed.ok && parsed.value.partition).toEqual({ index: 4, count: 4 });
  });

  it('reads a window with the defaults of a batch extraction', () => {
    const parsed = parseExtractArgs(BASE, {});
    expect(parsed).toEqual({
      ok: true,
      value: {
        url: 'http://127.0.0.1:8000/piwebapi',
        auth: { mode: 'none' },
        mode: 'batch',
        startMs: Date.UTC(2024, 0, 1, 0),
        endMs: Date.UTC(2024, 0, 1, 1),
        fill: 'window',
        batchSize: 100,
        concurrency: 4,
        maxCount: 10_000,
        leanFields: true,
        gzip: true,
        partition: null,
        queueShares: null,
        dbFile: DEFAULT_DB_FILE,
        lakeDir: null,
        exportParquetDir: null,
        nameFilter: null,
        af: false,
        eventFrames: false,
        progress: true,
      },
    });
  });

  it('runs sequential one request at a time unless told otherwise', () => {
    const sequential = parseExtractArgs([...BASE, '--mode', 'sequential'], {});
    expect(sequential.ok && sequential.value.concurrency).toBe(1);
    const told = parseExtractArgs([...BASE, '--mode', 'sequential', '--concurrency', '8'], {});
    expect(told.ok && told.value.concurrency).toBe(8);
  });

  it('takes the URL from PI_BASE_URL without its trailing slashes, and PI time strings relative to now and to --start', () => {
    const nowMs = Date.UTC(2024, 5, 1, 12, 30);
    const parsed = parseExtractArgs(['--start', '*-2h', '--end', '+30m'], { PI_BASE_URL: 'https://pi.example/piwebapi//' }, nowMs);
    expect(parsed.ok && [parsed.value.url, parsed.value.startMs, parsed.value.endMs]).toEqual(['https://pi.example/piwebapi', nowMs - 7_200_000, nowMs - 5_400_000]);
  });

  it('reads flags and switches', () => {
    const parsed = parseExtractArgs(
      [...BASE, '--mode', 'streamsets', '--batch-size', '250', '--max-count', '5000', '--backfill', '--full-fields', '--no-gzip', '--no-progress', '--af', '--event-frames', '--name-filter', 'Plant*', '--export-parquet', 'out', '--partition', '2/3'],
      {},
    );
    expect(parsed.ok && parsed.value).toMatchObject({
      mode: 'streamsets',
      batchSize: 250,
      maxCount: 5000,
      fill: 'backfill',
      leanFields: false,
      gzip: false,
      progress: false,
      af: true,
      eventFrames: true,
      nameFilter: 'Plant*',
      exportParquetDir: 'out',
      partition: { index: 2, count: 3 },
    });
  });

  it('takes basic credentials from the environment only', () => {
    const parsed = parseExtractArgs([...BASE, '--auth', 'basic'], { PI_USER: 'u', PI_PASSWORD: 'p' });
    expect(parsed.ok && parsed.value.auth).toEqual({ mode: 'basic', user: 'u', password: 'p' });
  });

  it.each([
    [['--mode', 'fast'], '--mode: expected sequential, batch or streamsets'],
    [['--batch-size', '0'], '--batch-size: at least 1'],
    [['--concurrency', '2.5'], '--concurrency: expected a whole number'],
    [['--max-count', 'many'], '--max-count: expected a number'],
    [['--auth', 'kerberos'], '--auth: expected none, basic, bearer or negotiate'],
    [['--auth', 'bearer'], '--auth bearer needs PI_TOKEN in the environment'],
    [['--frontfill', '--backfill'], '--frontfill and --backfill exclude each other'],
    [['--colour'], "Unknown option '--colour'"],
    [['--url', 'not a url'], '--url: expected an absolute URL'],
    [['--start', 'yesterday-ish'], '--start:'],
    [['--end', '2023-12-31T00:00:00Z'], '--end must be after --start'],
    [['--partition', 'queue/0', '--lake', 'l'], '--partition queue/N: N must be 1..1000'],
  ])('refuses %j naming the flag', (extra, message) => {
    const parsed = parseExtractArgs([...BASE, ...extra], {});
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain(message);
  });

  it('needs a window', () => {
    const parsed = parseExtractArgs(['--url', 'http://127.0.0.1:8000/piwebapi'], {});
    expect(!parsed.ok && parsed.error).toContain('--start and --end are required');
  });

  it('queues N share jobs through the lake with --partition queue/N', () => {
    const parsed = parseExtractArgs([...BASE, '--partition', 'queue/8', '--lake', '/mnt/lake'], {});
    expect(parsed.ok && [parsed.value.queueShares, parsed.value.partition, parsed.value.lakeDir]).toEqual([8, null, '/mnt/lake']);
  });

  it('answers help rather than a configuration for --help', () => {
    expect(parseExtractArgs(['--help'], {})).toEqual({ ok: false, error: HELP_REQUESTED });
  });
});
