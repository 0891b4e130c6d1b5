import { describe, expect, it } from 'vitest';
import { FixedNowWorld, getStream } from './stream-test-client';

const NOW = Date.parse('2024-06-01T00:00:30Z');
const world = new FixedNowWorld({ tagCount: 128, seed: 1 }, NOW);
const id = world.catalogue.webId(2);

interface TV {
  Timestamp: string;
  Value: unknown;
  Good: boolean;
}

async function value(path: string): Promise<TV> {
  const res = await getStream(world, path);
  expect(res.status).toBe(200);
  return res.json as TV;
}

async function recordedAround(center: string): Promise<TV[]> {
  const t = Date.parse(center);
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  const res = await getStream(world, `/streams/${id}/recorded?startTime=${iso(t - 60_000)}&endTime=${iso(t + 60_000)}`);
  return (res.json as { Items: TV[] }).Items;
}

describe('single values', () => {
  it('end and the snapshot are the last grid value at or before now', async () => {
    const end = await value(`/streams/${id}/end`);
    expect(end.Timestamp).toBe('2024-06-01T00:00:00Z');
    expect(await value(`/streams/${id}/value`)).toEqual(end);
    const [, , last] = await recordedAround('2024-05-31T23:59:00Z');
    expect(last).toEqual(end);
  });

  it('value at a time interpolates between recorded values', async () => {
    const [a, b] = await recordedAround('2024-01-01T00:01:00Z').then((v) => v.slice(1, 3));
    const mid = await value(`/streams/${id}/value?time=2024-01-01T00:01:30Z`);
    expect(mid.Timestamp).toBe('2024-01-01T00:01:30Z');
    expect(mid.Value as number).toBeCloseTo(((a!.Value as number) + (b!.Value as number)) / 2, 3);
  });

  it('recordedattime picks by retrievalMode and reports No Data where nothing qualifies', async () => {
    const [before, at, after] = await recordedAround('2024-01-01T00:01:00Z');
    const t = 'time=2024-01-01T00:01:00Z';
    expect(await value(`/streams/${id}/recordedattime?${t}`)).toEqual(at);
    expect(await value(`/streams/${id}/recordedattime?${t}&retrievalMode=AtOrBefore`)).toEqual(at);
    expect(await value(`/streams/${id}/recordedattime?${t}&retrievalMode=Before`)).toEqual(before);
    expect(await value(`/streams/${id}/recordedattime?${t}&retrievalMode=After`)).toEqual(after);
    expect(await value(`/streams/${id}/recordedattime?${t}&retrievalMode=Exact`)).toEqual(at);
    const off = 'time=2024-01-01T00:01:10Z';
    expect(await value(`/streams/${id}/recordedattime?${off}&retrievalMode=AtOrAfter`)).toEqual(after);
    expect(await value(`/streams/${id}/recordedattime?${off}&retrievalMode=Exact`)).toEqual({
      Timestamp: '2024-01-01T00:01:10Z',
      Value: { Name: 'No Data', Value: 248, IsSystem: true },
      UnitsAbbreviation: 'm3/h',
      Good: false,
      Questionable: false,
      Substituted: false,
      Annotated: false,
    });
    expect((await value(`/streams/${id}/recordedattime?time=2024-07-01T00:00:00Z&retrievalMode=After`)).Good).toBe(false);
  });

  it('stream-set value and end use StreamValue items; ad hoc end uses StreamValues', async () => {
    const ids = [0, 2].map((i) => `webId=${world.catalogue.webId(i)}`).join('&');
    const set = (await getStream(world, `/streamsets/value?${ids}&time=2024-01-01T00:01:30Z`)).json as { Items: { Value: TV }[] };
    expect(set.Items[1]!.Value).toEqual(await value(`/streams/${id}/value?time=2024-01-01T00:01:30Z`));
    const end = (await getStream(world, `/streamsets/end?${ids}`)).json as { Items: { Items: TV[] }[] };
    expect(end.Items[1]!.Items).toEqual([await value(`/streams/${id}/end`)]);
    const recordedAt = (await getStream(world, `/streamsets/recordedattime?${ids}&time=2024-01-01T00:01:00Z`)).json as { Items: { Value: TV }[] };
    expect(recordedAt.Items[1]!.Value).toEqual(await value(`/streams/${id}/recordedattime?time=2024-01-01T00:01:00Z`));
  });

  it('recordedattimes returns one value per time', async () => {
    const res = await getStream(world, `/streams/${id}/recordedattimes?time=2024-01-01T00:02:00Z&time=2024-01-01T00:01:00Z`);
    const items = (res.json as { Items: TV[] }).Items;
    expect(items.map((v) => v.Timestamp)).toEqual(['2024-01-01T00:01:00Z', '2024-01-01T00:02:00Z']);
  });
});
