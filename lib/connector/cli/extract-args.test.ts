import { describe, expect, it } from 'vitest';
import { DEFAULT_DB_FILE, HELP_REQUESTED, parseExtractArgs } from './extract-args';

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

  it('answers help rather than a configuration for --help', () => {
    expect(parseExtractArgs(['--help'], {})).toEqual({ ok: false, error: HELP_REQUESTED });
  });
});
