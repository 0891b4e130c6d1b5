import { describe, expect, it } from 'vitest';
import { parseMockCli } from './cli-args';

describe('parseMockCli', () => {
  it('defaults to 128 tags on 127.0.0.1:8000 and reads the environment', () => {
    const parsed = parseMockCli([], { MOCK_PI_TAG_COUNT: '30000', MOCK_PI_COMPAT: 'seed' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.host).toBe('127.0.0.1');
    expect(parsed.value.port).toBe(8000);
    expect(parsed.value.options.tagCount).toBe(30000);
    expect(parsed.value.options.compat).toBe('seed');
  });

  it('takes flags over the environment', () => {
    const parsed = parseMockCli(['--tags', '1000', '--port', '0', '--latency-ms', '5', '--fault-rate', '0.1', '--auth', 'bearer', '--token', 't'], { MOCK_PI_TAG_COUNT: '10' });
    expect(parsed.ok && parsed.value.options).toMatchObject({ tagCount: 1000, latencyMs: 5, faultRate: 0.1, auth: { mode: 'bearer', token: 't' } });
  });

  it.each([
    [['--tags', 'many'], '--tags: expected a number'],
    [['--tags', '0'], '--tags: at least 1'],
    [['--fault-rate', '2'], '--fault-rate: 0..1'],
    [['--compat', 'legacy'], '--compat'],
    [['--auth', 'basic'], '--auth basic needs --user and --password'],
    [['--bogus'], "Unknown option '--bogus'"],
  ])('rejects %j naming the flag', (argv, message) => {
    const parsed = parseMockCli(argv, {});
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});
