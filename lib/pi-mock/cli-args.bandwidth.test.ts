import { describe, expect, it } from 'vitest';
import { parseMockCli } from './cli-args';
import { mockOptions } from './options';

describe('parseMockCli --bandwidth-mbps', () => {
  it('takes megabits per second and hands the mock bits per second', () => {
    const parsed = parseMockCli(['--bandwidth-mbps', '100'], {});
    expect(parsed.ok && parsed.value.options.bandwidthBitsPerSecond).toBe(100_000_000);
    const fractional = parseMockCli(['--bandwidth-mbps', '0.5'], {});
    expect(fractional.ok && fractional.value.options.bandwidthBitsPerSecond).toBe(500_000);
  });

  it('leaves the link unlimited by default and for 0', () => {
    for (const argv of [[], ['--bandwidth-mbps', '0']]) {
      const parsed = parseMockCli(argv, {});
      expect(parsed.ok && parsed.value.options.bandwidthBitsPerSecond).toBe(0);
    }
  });

  it.each([
    ['abc', '--bandwidth-mbps: expected a number'],
    ['', '--bandwidth-mbps: expected a number'],
    ['-5', '--bandwidth-mbps: megabits per second, 0 (no limit) or more'],
    ['2000000', '--bandwidth-mbps: at most 1,000,000 (1 Tbit/s)'],
    ['Infinity', '--bandwidth-mbps: expected a number'],
  ])('refuses %j naming the flag', (value, message) => {
    // `=` form: parseArgs takes a separate '-5' for a flag of its own.
    const parsed = parseMockCli([`--bandwidth-mbps=${value}`], {});
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.split('\n')[0]).toBe(message);
  });

  it('the options schema refuses a negative bandwidth from any other caller', () => {
    expect(mockOptions.safeParse({ bandwidthBitsPerSecond: -1 }).success).toBe(false);
    expect(mockOptions.parse({}).bandwidthBitsPerSecond).toBe(0);
  });
});
