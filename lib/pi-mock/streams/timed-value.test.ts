import { describe, expect, it } from 'vitest';
import { FixedNowWorld, getStream } from './stream-test-client';
import { timedValueAt } from './timed-value';

const world = new FixedNowWorld({ tagCount: 128, seed: 1 }, Date.parse('2024-06-01T00:00:00Z'));

describe('timedValueAt', () => {
  it('is the recorded value at or before the time, as the streams render it', async () => {
    const id = world.catalogue.webId(0);
    const at = await getStream(world, `/streams/${id}/recordedattime?time=2024-01-01T00:01:00Z`);
    expect(timedValueAt(world, 0, Date.parse('2024-01-01T00:01:59Z'))).toEqual(at.json);
    expect(timedValueAt(world, 0, Date.parse('2024-01-01T00:01:00Z'))).toEqual({
      Timestamp: '2024-01-01T00:01:00Z',
      Value: 47.364,
      UnitsAbbreviation: 'degC',
      Good: true,
      Questionable: false,
      Substituted: false,
      Annotated: false,
    });
  });

  it('never answers from after now', () => {
    expect(timedValueAt(world, 0, Date.parse('2030-01-01T00:00:00Z')).Timestamp).toBe('2024-06-01T00:00:00Z');
  });
});
