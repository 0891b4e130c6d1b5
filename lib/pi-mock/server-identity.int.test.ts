/** Each tier is its own Data Archive and AF server: it lists its own names and finds nothing of another's. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsBody } from '../pi-contract';
import { encodeWebId } from '../pi-contract/webid';
import { TIER_TAG_COUNTS } from '../tiers';
import { assetServerWebId, databaseWebId } from './af/af-webids';
import { elementGuid, elementPath, unitRef } from './af/hierarchy';
import { dataServerWebId } from './core/data-server-webid';
import { SEED_IDS } from './identity';
import { startMockFixture, type MockFixture } from './test-support/mock-server-fixture';
import { MockWorld } from './world';

type Item = { WebId: string; Id: string; Name: string; Path: string; ExtendedProperties?: Record<string, { Value: string }> };
const itemsOf = (json: unknown) => (json as { Items: Item[] }).Items;
const q = encodeURIComponent;

describe('a 128-tag mock asked for objects of the 1,040-tag tier', () => {
  let mock: MockFixture;
  const other = new MockWorld({ tagCount: 1040, seed: 1, anchorMs: Date.parse('2024-01-08T00:00:00Z') });
  beforeAll(async () => {
    mock = await startMockFixture({ tagCount: 128 });
  });
  afterAll(async () => mock?.server.close());
  // A path of this tier moved onto the other tier's server: everything below the server exists here.
  const elsewhere = (path: string) => path.replace(/PISRV-T128/, 'PISRV-T1040').replace(/AFSRV-T128/, 'AFSRV-T1040');
  const pointPath = () => elsewhere(mock.world.catalogue.tag(0).path);
  const unitPath = () => elsewhere(elementPath(mock.world.identity, mock.world.catalogue.layout, unitRef(0, 0)));

  it('answers an IDOnly point WebID at /streams/{webId}/recorded with 404, though point 1 exists here', async () => {
    const foreign = other.catalogue.webId(0, 'IDOnly');
    const res = await mock.get(`/streams/${foreign}/recorded`);
    expect(res.status).toBe(404);
    expect(errorsBody.parse(res.json).Errors).toEqual([`A PI point with WebID '${foreign}' was not found.`]);
    expect((await mock.get(`/streams/${mock.world.catalogue.webId(0, 'IDOnly')}/recorded`)).status).toBe(200);
  });

  const cases: [string, () => string][] = [
    ['a Full point WebID', () => `/points/${other.catalogue.webId(0, 'Full')}`],
    ['a PathOnly point WebID', () => `/streams/${encodeWebId({ marker: 'DP', guids: [other.identity.dataServer.guid], pointId: 1, path: pointPath() }, 'PathOnly')}/value`],
    ['a point path', () => `/points?path=${q(pointPath())}`],
    ['its data server WebID', () => `/dataservers/${dataServerWebId(other.identity.dataServer, 'IDOnly')}`],
    ['its data server path', () => `/dataservers?path=${q(other.identity.dataServer.path)}`],
    ['its data server name', () => `/dataservers?name=${other.identity.dataServer.name}`],
    ['its AF server WebID', () => `/assetservers/${assetServerWebId(other.identity, 'Full')}/assetdatabases`],
    ['its AF server name', () => `/assetservers?name=${other.identity.assetServer.name}`],
    ['its database WebID', () => `/assetdatabases/${databaseWebId(other.identity, 'IDOnly')}`],
    ['its database path', () => `/assetdatabases?path=${q(other.identity.database.path)}`],
    ['an IDOnly element WebID', () => `/elements/${other.af.elementWebId(unitRef(0, 0), 'IDOnly')}`],
    ['a PathOnly element WebID', () => `/elements/${encodeWebId({ marker: 'Em', guids: [other.identity.assetServer.guid, elementGuid(unitRef(0, 0))], path: unitPath() }, 'PathOnly')}`],
    ['an element path', () => `/elements?path=${q(unitPath())}`],
    ['an element attribute stream', () => `/streams/${other.af.attributeView(unitRef(0, 0), 0, 'IDOnly').webId}/recorded`],
    ['an event-frame WebID', () => `/eventframes/${other.eventFrames.frameWebId(0, 'IDOnly')}`],
  ];

  it.each(cases)('answers %s with 404 and a PI Errors body', async (_name, path) => {
    const res = await mock.get(path());
    expect(res.status).toBe(404);
    expect(errorsBody.parse(res.json).Errors.join(' ')).toContain('not found');
  });
});

describe.each(TIER_TAG_COUNTS)('the %i-tag tier', (tagCount) => {
  let mock: MockFixture;
  beforeAll(async () => {
    mock = await startMockFixture({ tagCount, compat: 'seed' });
  });
  afterAll(async () => mock?.server.close());

  it('lists its own data server, AF server and database', async () => {
    const id = mock.world.identity;
    const [dataServer] = itemsOf((await mock.get('/dataservers')).json);
    expect(dataServer).toMatchObject({ Name: `PISRV-T${tagCount}`, Path: `\\\\PISRV-T${tagCount}`, Id: id.dataServer.guid });
    const [assetServer] = itemsOf((await mock.get('/assetservers')).json);
    expect(assetServer).toMatchObject({ Name: `AFSRV-T${tagCount}`, Path: `\\\\AFSRV-T${tagCount}`, Id: id.assetServer.guid });
    const [database] = itemsOf((await mock.get(`/assetservers/${assetServer?.WebId}/assetdatabases`)).json);
    expect(database).toMatchObject({ Name: 'Production', Path: `\\\\AFSRV-T${tagCount}\\Production`, Id: id.database.guid });
    expect(database?.ExtendedProperties?.DefaultPIServer?.Value).toBe(`PISRV-T${tagCount}`);
  });

  it("cites its own server in a missing path's example", async () => {
    const res = await mock.get('/points');
    expect(res.status).toBe(400);
    expect(errorsBody.parse(res.json).Errors[0]).toContain(`path=\\\\PISRV-T${tagCount}\\`);
  });

  it("accepts the seed's literal server and database ids", async () => {
    for (const path of [`/dataservers/${SEED_IDS.dataServer}`, `/assetservers/${SEED_IDS.assetServer}`, `/assetdatabases/${SEED_IDS.assetDatabase}`]) {
      expect((await mock.get(path)).status, path).toBe(200);
    }
  });
});
