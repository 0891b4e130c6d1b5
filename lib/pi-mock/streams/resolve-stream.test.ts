import { describe, expect, it } from 'vitest';
import { unitRef } from '../af/hierarchy';
import { MockWorld } from '../world';
import { FixedNowWorld, getStream } from './stream-test-client';

const world = new FixedNowWorld({ tagCount: 128, seed: 1 }, Date.parse('2024-06-01T00:00:00Z'));
const dp = world.catalogue.webId(0);
const element = world.af.elementWebId(unitRef(0, 0), 'Full');
/** Point 501 exists at the 1,040 tier, not at 128. */
const missingPoint = new MockWorld({ tagCount: 1040 }).catalogue.webId(500);
const win = 'startTime=2024-01-01T00:00:00Z&endTime=2024-01-01T01:00:00Z';

const cases: [string, number, string][] = [
  [`/streams/${dp}/recorded?maxCount=150001`, 400, "Parameter 'maxCount' is greater than the maximum allowed (150000)."],
  [`/streams/${dp}/recorded?maxCount=0`, 400, "The value '0' is not valid for parameter 'maxCount': it must be at least 1."],
  [`/streams/${dp}/recorded?maxCount=2.5`, 400, "The value '2.5' is not valid for parameter 'maxCount': expected an integer."],
  [`/streams/${dp}/recorded?startTime=yesterdayish`, 400, "The value 'yesterdayish' of parameter 'startTime' is not a valid PI time"],
  [`/streams/${dp}/recorded?endTime=2024-13-45`, 400, "The value '2024-13-45' of parameter 'endTime' is not a valid PI time"],
  [`/streams/${dp}/recorded?boundaryType=Sideways`, 400, "The value 'Sideways' is not valid for parameter 'boundaryType'. Allowed values: Inside, Outside, Interpolated."],
  [`/streams/NOT-A-WEBID/recorded`, 400, "Unknown or invalid WebID format: 'NOT-A-WEBID'."],
  [`/streams/${element}/recorded`, 400, `The WebID '${element}' identifies an element, not a stream: streams are PI points (DP) or attributes (Ab).`],
  [`/streams/${missingPoint}/value`, 404, `A PI point with WebID '${missingPoint}' was not found.`],
  [`/streamsets/recorded?${win}`, 400, "The parameter 'webId' is required."],
  [`/streamsets/value?webId=${dp}&webId=bad`, 400, "Unknown or invalid WebID format: 'bad'."],
  [`/streamsets/recorded?webId=${dp}&webId=${missingPoint}`, 404, `A PI point with WebID '${missingPoint}' was not found.`],
  [`/streams/${dp}/recordedattime`, 400, "The parameter 'time' is required."],
  [`/streams/${dp}/recordedattime?time=2024-01-01T00:00:00Z&retrievalMode=Nearest`, 400, "The value 'Nearest' is not valid for parameter 'retrievalMode'"],
  [`/streams/${dp}/interpolated?${win}&interval=0s`, 400, "The value '0s' of parameter 'interval' must be a positive time span."],
  [`/streams/${dp}/interpolated?startTime=2020-01-01T00:00:00Z&endTime=2024-01-01T00:00:00Z&interval=1m`, 400, "The number of interpolated values (2103841) is greater than the maximum allowed (150000): use a longer 'interval'"],
  [`/streams/${dp}/plot?${win}&intervals=-1`, 400, "The value '-1' is not valid for parameter 'intervals': it must be at least 1."],
  [`/streams/${dp}/summary?${win}&summaryType=Median`, 400, "The value 'Median' is not valid for parameter 'summaryType'"],
  [`/streams/${dp}/summary?${win}&calculationBasis=Weird`, 400, "The value 'Weird' is not valid for parameter 'calculationBasis'"],
  [`/streamsets/${dp}/recorded`, 400, `The WebID '${dp}' identifies a PI point, but this resource expects`],
  [`/streamsets/${element}/recorded?searchFullHierarchy=maybe`, 400, "The value 'maybe' is not valid for parameter 'searchFullHierarchy'. Allowed values: true, false."],
  [`/streamsets/recorded?webId=${dp}&sortField=Size`, 400, "The value 'Size' is not valid for parameter 'sortField'. Allowed values: Name."],
];

describe('stream request errors', () => {
  for (const [url, status, message] of cases) {
    it(`${status} for ${url.slice(0, 70)}`, async () => {
      const res = await getStream(world, url);
      expect(res.status).toBe(status);
      const errors = (res.json as { Errors: string[] }).Errors;
      expect(errors.length).toBe(1);
      expect(errors[0]!.startsWith(message)).toBe(true);
    });
  }
});

describe('stream resolution', () => {
  it('accepts every WebID type of a point and answers with the same values', async () => {
    const bodies = await Promise.all(
      (['Full', 'IDOnly', 'PathOnly'] as const).map(async (t) => (await getStream(world, `/streams/${world.catalogue.webId(5, t)}/recorded?${win}`)).json),
    );
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
  });

  it('emits WebIDs in the requested webIdType', async () => {
    const res = await getStream(world, `/streamsets/end?webId=${dp}&webIdType=IDOnly&selectedFields=Items.WebId`);
    expect(res.json).toEqual({ Items: [{ WebId: world.catalogue.webId(0, 'IDOnly') }] });
  });
});
