import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { itemsStreamSummaries, itemsStreamValue, itemsStreamValues, itemsSummaryValue } from '../../pi-contract/schemas/streams';
import { extendedTimedValues, timedValue, timedValues } from '../../pi-contract/schemas/timed-value';
import { parseSelectedFields, projectFields } from '../http/selected-fields';
import { FixedNowWorld, getStream } from './stream-test-client';

const world = new FixedNowWorld({ tagCount: 128, seed: 1 }, Date.parse('2024-06-01T00:00:00Z'));
const ids = [0, 3, 9].map((i) => `webId=${world.catalogue.webId(i)}`).join('&');
const one = world.catalogue.webId(3);
// A day, so system states and questionable values appear in the rendered bodies.
const win = 'startTime=2024-01-01T00:00:00Z&endTime=2024-01-02T00:00:00Z&maxCount=2000';

const endpoints = [
  `/streamsets/recorded?${ids}&${win}`,
  `/streamsets/recorded?${ids}&${win}&boundaryType=Interpolated`,
  `/streams/${one}/recorded?${win}`,
  `/streamsets/interpolated?${ids}&${win}&interval=7m`,
  `/streamsets/plot?${ids}&${win}`,
  `/streamsets/value?${ids}&time=2024-01-01T00:00:30Z`,
  `/streams/${one}/value?time=2024-01-01T00:00:30Z`,
  `/streamsets/end?${ids}`,
  `/streamsets/summary?${ids}&${win}&summaryType=All`,
  `/streams/${one}/summary?${win}&summaryType=Average&summaryType=Count`,
];

const selections = [
  'Items.Items.Timestamp;Items.Items.Value;Items.Items.Good',
  'Items.Timestamp;Items.Value;Items.Good',
  'Items.WebId;Items.Items.Value',
  'Items.Name;Items.Links.Source;Items.UnitsAbbreviation',
  'Links;Items.Links.Self',
  'Items.Items.Value.Name;Items.Value.Value',
  'Items.Type;Items.Items.Type;Items.Items.Value.Timestamp',
  'UnitsAbbreviation;Timestamp;Value',
  'Items.Items;Items.Value',
  'Nothing',
];

describe('selectedFields on the byte renderers', () => {
  for (const endpoint of endpoints) {
    it(`equals projectFields of the full body for ${endpoint.split('?')[0]}`, async () => {
      const full = await getStream(world, endpoint);
      expect(full.status).toBe(200);
      for (const sel of selections) {
        const fast = await getStream(world, `${endpoint}&selectedFields=${sel}`);
        expect(fast.json).toEqual(projectFields(full.json, parseSelectedFields(sel)));
      }
    });
  }

  it('renders system states as PI does, with Good false', async () => {
    const body = (await getStream(world, `/streamsets/recorded?${ids}&${win}`)).json as { Items: { Items: { Value: unknown; Good: boolean }[] }[] };
    const states = body.Items.flatMap((i) => i.Items).filter((v) => typeof v.Value === 'object');
    expect(states.length).toBeGreaterThan(0);
    for (const s of states) {
      expect(s.Good).toBe(false);
      expect(s.Value).toMatchObject({ IsSystem: true });
    }
  });
});

describe('bodies against the contract schemas', () => {
  // zod strips unknown keys, so parse(body) equal to body means every emitted field is declared.
  const shapes: [string, z.ZodType][] = [
    [`/streams/${one}/recorded?${win}`, extendedTimedValues],
    [`/streams/${one}/interpolated?${win}`, timedValues],
    [`/streams/${one}/plot?${win}`, timedValues],
    [`/streams/${one}/value`, timedValue],
    [`/streams/${one}/end`, timedValue],
    [`/streams/${one}/recordedattime?time=2024-01-01T00:00:00Z`, timedValue],
    [`/streams/${one}/summary?${win}&summaryType=All`, itemsSummaryValue],
    [`/streamsets/recorded?${ids}&${win}`, itemsStreamValues],
    [`/streamsets/interpolated?${ids}&${win}`, itemsStreamValues],
    [`/streamsets/end?${ids}`, itemsStreamValues],
    [`/streamsets/value?${ids}`, itemsStreamValue],
    [`/streamsets/recordedattime?${ids}&time=2024-01-01T00:00:00Z`, itemsStreamValue],
    [`/streamsets/summary?${ids}&${win}&summaryType=All`, itemsStreamSummaries],
  ];
  for (const [url, schema] of shapes) {
    it(`${url.split('?')[0]} parses with exactly the declared fields`, async () => {
      const body = (await getStream(world, url)).json;
      expect(schema.parse(body)).toEqual(body);
    });
  }
});
