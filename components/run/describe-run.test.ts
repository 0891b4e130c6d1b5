import { describe, expect, it } from 'vitest';
import { runSettings } from '@/lib/api-contract';
import { describeRun, describeRunSettings } from './describe-run';

describe('describeRun', () => {
  it('names tier, profile, faults and modes', () => {
    expect(describeRun(runSettings.parse({ tier: 1040 }))).toBe('1,040 tags · Loopback (+0 ms) · faults 0% · Batch + Sequential');
  });

  it('adds partitions and says when the run read an external server', () => {
    const settings = runSettings.parse({ tier: 30240, networkProfile: 'wan', faultRate: 0.05, modes: ['streamsets'], partitions: 10, target: 'external' });
    expect(describeRun(settings)).toBe('external server · external PI Web API · faults 5% · Streamsets · 10 partitions');
  });

  it('gives the latency of a WAN profile', () => {
    expect(describeRun(runSettings.parse({ tier: 30240, networkProfile: 'wan' }))).toBe('30,240 tags · WAN (+30 ms) · faults 0% · Batch + Sequential');
  });
});

describe('describeRunSettings', () => {
  it('lists every setting, the sequential budget only when sequential runs', () => {
    expect(describeRunSettings(runSettings.parse({ tier: 1040, repeats: 3 }))).toEqual([
      '1,040 tags',
      'Loopback (+0 ms)',
      'no faults',
      'Batch + Sequential',
      'sequential budget 30 s',
      '3 repeats',
    ]);
    expect(describeRunSettings(runSettings.parse({ tier: 10000, modes: ['batch'], faultRate: 0.1, networkProfile: 'wan', partitions: 10 }))).toEqual([
      '10,000 tags',
      'WAN (+30 ms)',
      'faults 10%',
      'Batch',
      '10 partitions',
      'once',
    ]);
  });
});
