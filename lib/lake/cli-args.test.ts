import { describe, expect, it } from 'vitest';
import { parseLakeArgs } from './cli-args';

describe('parseLakeArgs', () => {
  it.each([
    [['verify', 'lake'], {}, { command: 'verify', dir: 'lake', json: false }],
    [['verify', 'lake', '--json'], {}, { command: 'verify', dir: 'lake', json: true }],
    [['load', 'lake'], {}, { command: 'load', dir: 'lake', dbFile: 'data/bronze.duckdb' }],
    [['load', 'lake'], { BRONZE_DB_FILE: 'x.duckdb' }, { command: 'load', dir: 'lake', dbFile: 'x.duckdb' }],
    [['load', 'lake', '--db', 'y.duckdb'], { BRONZE_DB_FILE: 'x.duckdb' }, { command: 'load', dir: 'lake', dbFile: 'y.duckdb' }],
  ])('%j parses', (argv, env, expected) => {
    expect(parseLakeArgs(argv, env)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [[], /expected a command and one DIR/],
    [['verify'], /expected a command and one DIR/],
    [['check', 'lake'], /expected the command verify or load/],
    [['verify', 'a', 'b'], /expected a command and one DIR/],
    [['verify', 'lake', '--db', 'x'], /--db: only for load/],
    [['load', 'lake', '--json'], /--json: only for verify/],
    [['verify', 'lake', '--fast'], /Unknown option '--fast'/],
  ])('%j is refused, naming the problem', (argv, message) => {
    const parsed = parseLakeArgs(argv, {});
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
