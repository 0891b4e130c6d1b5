import { describe, expect, it } from 'vitest';
import { formatPiTimestamp } from '../../pi-contract/pi-time';
import { decodeWebId } from '../../pi-contract/webid';
import { unitRef } from '../af/hierarchy';
import { FixedNowWorld, getStream, TEST_BASE_URL } from './stream-test-client';

const world = new FixedNowWorld({ tagCount: 128, seed: 1 }, Date.parse('2024-06-01T00:00:00Z'));
const win = 'startTime=2024-01-01T00:00:00Z&endTime=2024-01-01T00:10:00Z';

interface Item {
  WebId: string;
  Name: string;
  Links: { Source: string };
  Items: unknown[];
}

describe('stream-set sources', () => {
  it('parent-scoped sets read the attributes of an element, sorted by name, with the points\' values', async () => {
    const element = world.af.elementWebId(unitRef(0, 1), 'Full');
    const res = await getStream(world, `/streamsets/${element}/recorded?${win}`);
    expect(res.status).toBe(200);
    const items = (res.json as { Items: Item[] }).Items;
    expect(items.length).toBeGreaterThan(0);
    const names = items.map((i) => i.Name);
    expect(names).toEqual([...names].sort((a, b) => a.toUpperCase().localeCompare(b.toUpperCase())));
    for (const item of items) expect(item.Links.Source.startsWith(`${TEST_BASE_URL}/attributes/`)).toBe(true);
    // The unit's Temperature attribute is a PI point reference to that unit's temperature tag.
    const temperature = items.find((i) => i.Name === 'Temperature');
    const tag = world.catalogue.indexOfUnitSensor(0, 1, 0);
    const point = await getStream(world, `/streams/${world.catalogue.webId(tag)}/recorded?${win}`);
    expect(temperature?.Items).toEqual((point.json as { Items: unknown[] }).Items);
    // ...and the attribute's own WebID streams the same values.
    const byAttribute = await getStream(world, `/streams/${temperature!.WebId}/recorded?${win}`);
    expect((byAttribute.json as { Items: unknown[] }).Items).toEqual(temperature!.Items);
  });

  it('applies nameFilter and sortOrder', async () => {
    const element = world.af.elementWebId(unitRef(0, 1), 'Full');
    const res = await getStream(world, `/streamsets/${element}/value?nameFilter=P*&sortOrder=Descending&selectedFields=Items.Name`);
    expect(res.json).toEqual({ Items: [{ Name: 'Pressure' }, { Name: 'Power' }] });
  });

  it('event-frame sets serve every attribute, static ones with the frame start as timestamp', async () => {
    const frame = world.eventFrames.frameWebId(0, 'Full');
    const res = await getStream(world, `/streamsets/${frame}/end?selectedFields=Items.Name;Items.Value.Timestamp`);
    expect(res.status).toBe(200);
    const items = (res.json as { Items: { Name: string; Value: { Timestamp: string } }[] }).Items;
    const decoded = decodeWebId(frame);
    if (!decoded.ok) throw new Error('frame WebID does not decode');
    const sources = world.eventFrames.parentStreamSources(decoded.value, { searchFullHierarchy: false }, 'Full') ?? [];
    expect(items.map((i) => i.Name)).toEqual(sources.map((s) => s.name).sort((a, b) => a.toUpperCase().localeCompare(b.toUpperCase())));
    const statics = sources.filter((s) => s.tagIndex === null);
    expect(statics.length).toBeGreaterThan(0);
    for (const s of statics) {
      const item = items.find((i) => i.Name === s.name)!;
      expect(item.Value.Timestamp).toBe(formatPiTimestamp(s.defaultWindow?.startMs ?? 0));
    }
  });

  it('ad hoc sets can be sorted by name', async () => {
    const ids = [5, 0, 3].map((i) => `webId=${world.catalogue.webId(i)}`).join('&');
    const res = await getStream(world, `/streamsets/value?${ids}&sortField=Name&selectedFields=Items.Name`);
    const names = [5, 0, 3].map((i) => world.catalogue.tag(i).name).sort();
    expect(res.json).toEqual({ Items: names.map((Name) => ({ Name })) });
  });
});
