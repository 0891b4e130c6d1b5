import { describe, expect, it } from 'vitest';
import { runSettings } from '@/lib/runs/schemas';
import { describeRun } from './describe-run';

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
