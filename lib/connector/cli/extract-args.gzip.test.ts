import { describe, expect, it } from 'vitest';
import { parseExtractArgs } from './extract-args';

const BASE = ['--url', 'http://127.0.0.1:8000/piwebapi', '--start', '2024-01-01T00:00:00Z', '--end', '2024-01-01T01:00:00Z'];

describe('parseExtractArgs --no-gzip', () => {
  it('asks for gzip by default and not with --no-gzip', () => {
    const on = parseExtractArgs(BASE, {});
    expect(on.ok && on.value.gzip).toBe(true);
    const off = parseExtractArgs([...BASE, '--no-gzip'], {});
    expect(off.ok && off.value.gzip).toBe(false);
  });

  it('refuses a value given to the switch', () => {
    const parsed = parseExtractArgs([...BASE, '--no-gzip=yes'], {});
    expect(parsed.ok).toBe(false);
  });
});
