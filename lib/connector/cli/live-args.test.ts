import { describe, expect, it } from 'vitest';
import { isLiveMode, parseLiveArgs } from './live-args';

const URL = ['--url', 'http://127.0.0.1:8000/piwebapi'];

describe('parseLiveArgs', () => {
  it('takes --tags and the defaults', () => {
    const parsed = parseLiveArgs(['--mode', 'live', ...URL, '--tags', '1040'], {});
    expect(parsed).toEqual({
      ok: true,
      value: expect.objectContaining({ tagCount: 1040, nameFilter: null, tagsPerSocket: 200, heartbeatRate: 2, pollMs: 1000, flushMs: 250, lookbackMs: 60_000, dbFile: 'data/bronze.duckdb', lakeDir: null, lakeCommitMs: 10_000 }),
    });
  });

  it.each([
    [['--tags', '0'], '--tags: at least 1'],
    [['--tags', 'x'], '--tags: expected a number'],
    [['--tags-per-socket', '1.5'], '--tags-per-socket: expected a whole number'],
    [['--heartbeat-rate', '0'], '--heartbeat-rate: at least 1'],
    [['--auth', 'negotiate'], '--auth negotiate: a live tail authenticates'],
    [['--auth', 'ntlm'], '--auth: expected none, basic or bearer'],
    [['--lake', 'x', '--db', 'y'], '--lake and --db exclude each other'],
    [['--lake', 'x', '--lake-commit-seconds', '0'], '--lake-commit-seconds: at least 1'],
    [['--start', '*-1h'], "Unknown option '--start'"],
  ])('%j is refused naming the flag', (extra, message) => {
    const parsed = parseLiveArgs(['--mode', 'live', ...URL, ...extra], {});
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });

  it('takes the lake and how often the tail commits to it', () => {
    const parsed = parseLiveArgs(['--mode', 'live', ...URL, '--lake', 'lake-dir', '--lake-commit-seconds', '3'], {});
    expect(parsed.ok && [parsed.value.lakeDir, parsed.value.lakeCommitMs]).toEqual(['lake-dir', 3_000]);
  });

  it('needs credentials from the environment for basic', () => {
    const parsed = parseLiveArgs(['--mode', 'live', ...URL, '--auth', 'basic'], { PI_USER: 'u', PI_PASSWORD: 'p' });
    expect(parsed.ok && parsed.value.auth).toEqual({ mode: 'basic', user: 'u', password: 'p' });
  });

  it('tells live argv apart', () => {
    expect(isLiveMode(['--mode', 'live'])).toBe(true);
    expect(isLiveMode(['--mode=live'])).toBe(true);
    expect(isLiveMode(['--mode', 'batch', '--name-filter', 'live'])).toBe(false);
  });
});
