import { describe, expect, it } from 'vitest';
import { decodeWebId, encodeWebId } from '../../pi-contract/webid';
import { SEED_IDS } from '../identity';
import { conformanceProblems, responseSchema } from '../test-support/swagger-conformance';
import { errorOf, getItems, getJson, TEST_BASE_URL, testWorld } from './af-test-client';
import { elementWebId } from './af-webids';
import { descendantsOf, equipmentRef, plantRef, unitRef } from './hierarchy';

type Obj = Record<string, unknown>;
const links = (o: Obj) => o.Links as Record<string, string>;
const rel = (url: string) => url.slice(TEST_BASE_URL.length);
const q = encodeURIComponent;

async function db(world = testWorld()): Promise<Obj> {
  return (await getItems(world, `/assetservers/${(await getItems(world, '/assetservers'))[0]!.WebId}/assetdatabases`))[0]!;
}

describe('AF server and database', () => {
  it('serves the one server and database by list, WebID, path and name, all spec-conformant', async () => {
    const world = testWorld();
    const server = (await getItems(world, '/assetservers'))[0]!;
    expect(server).toMatchObject({ Name: 'AFSRV-T128', Path: '\\\\AFSRV-T128', IsConnected: true, ServerTime: '2024-01-08T02:00:00Z' });
    expect(links(server).Self).toBe(`${TEST_BASE_URL}/assetservers/${server.WebId}`);
    const byId = await getJson(world, `/assetservers/${server.WebId}`);
    const byPath = await getJson(world, `/assetservers?path=${q('\\\\afsrv-t128')}`);
    const byName = await getJson(world, '/assetservers?name=afsrv-t128');
    expect([byId.json, byPath.json, byName.json]).toEqual([server, server, server]);
    const database = await db(world);
    expect(database).toMatchObject({ Name: 'Production', Path: '\\\\AFSRV-T128\\Production' });
    expect((await getJson(world, rel(links(database).Self!))).json).toEqual(database);
    expect((await getJson(world, `/assetdatabases?path=${q('\\\\AFSRV-T128\\PRODUCTION')}`)).json).toEqual(database);
    expect(conformanceProblems(responseSchema('/assetservers'), { Items: [server] })).toEqual([]);
    expect(conformanceProblems(responseSchema('/assetdatabases/{webId}'), database)).toEqual([]);
  });

  // Seed compatibility maps these ids before routing (compat/seed-ids.ts, tested in compat/).
  it('refuses the seed literal ids', async () => {
    const plain = testWorld();
    for (const path of [`/assetservers/${SEED_IDS.assetServer}`, `/assetdatabases/${SEED_IDS.assetDatabase}/elements`]) {
      const res = await getJson(plain, path);
      expect(res.status).toBe(400);
      expect(errorOf(res)).toContain(`Unknown or invalid WebID format: '${path.split('/')[2]}'`);
    }
  });
});

describe('element search', () => {
  it('lists direct children by default and the whole tree with searchFullHierarchy', async () => {
    const world = testWorld();
    const d = await db(world);
    const plants = await getItems(world, rel(links(d).Elements!));
    expect(plants.map((p) => p.Name)).toEqual(['Brisbane', 'Melbourne', 'Perth', 'Sydney']);
    expect(plants[0]).toMatchObject({ TemplateName: 'Plant', CategoryNames: ['Site'], HasChildren: true, Paths: null });
    const all = await getItems(world, `${rel(links(d).Elements!)}?searchFullHierarchy=true`);
    expect(all).toHaveLength(4 + 16 + 32);
    const units = await getItems(world, rel(links(plants[3]!).Elements!));
    expect(units.map((u) => u.Path)).toEqual([1, 2, 3, 4].map((n) => `\\\\AFSRV-T128\\Production\\Sydney\\Unit0${n}`));
    const equipment = await getItems(world, rel(links(units[0]!).Elements!));
    expect(equipment).toHaveLength(2);
    for (const e of equipment) expect(e).toMatchObject({ CategoryNames: ['Equipment'], HasChildren: false });
    expect(conformanceProblems(responseSchema('/assetdatabases/{webId}/elements'), { Items: all })).toEqual([]);
  });

  it('filters by name, description, template, category and element type', async () => {
    const world = testWorld();
    const base = `/assetdatabases/${(await db(world)).WebId}/elements?searchFullHierarchy=true`;
    const names = async (extra: string) => (await getItems(world, `${base}&${extra}`)).map((e) => e.Name);
    expect(await names('nameFilter=unit0[12]')).toHaveLength(8);
    expect(await names('templateName=processunit')).toHaveLength(16);
    expect(await names(`categoryName=${q('Production Unit')}`)).toHaveLength(16);
    expect(await names('descriptionFilter=Production%20site*')).toEqual(['Brisbane', 'Melbourne', 'Perth', 'Sydney']);
    const pumps = await names('templateName=Pump');
    const pumpNames = await names('nameFilter=Pump_*');
    expect(pumps.length).toBeGreaterThan(0);
    expect(pumps).toEqual(pumpNames);
    const byType = await Promise.all(['Pump', 'Compressor', 'HeatExchanger', 'Reactor'].map((t) => names(`templateName=${t}`)));
    expect(byType.reduce((n, list) => n + list.length, 0)).toBe(32);
    expect(await names('elementType=Any')).toHaveLength(52);
    expect(await names('elementType=Boundary')).toEqual([]);
  });

  it('pages the whole tree exactly once, in name order, forwards and backwards', async () => {
    const world = testWorld({ tagCount: 1000 });
    const base = `/assetdatabases/${(await db(world)).WebId}/elements?searchFullHierarchy=true`;
    const total = 10 + 130 + 260;
    for (const order of ['Ascending', 'Descending']) {
      const seen: string[] = [];
      for (let start = 0; ; start += 37) {
        const page = await getItems(world, `${base}&sortOrder=${order}&startIndex=${start}&maxCount=37`);
        seen.push(...page.map((e) => e.Path as string));
        if (page.length < 37) break;
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      const names = seen.map((p) => p.split('\\').pop()!.toUpperCase());
      const sorted = [...names].sort();
      expect(names).toEqual(order === 'Ascending' ? sorted : sorted.reverse());
    }
    const first = (await getJson(world, `${base}&maxCount=10`)).json as { Links: { Next?: string } };
    expect(first.Links.Next).toContain('startIndex=10');
  });

  it('serves the full hierarchy at 30,240 tags without a cut', async () => {
    const world = testWorld({ tagCount: 30240 });
    const base = `/assetdatabases/${(await db(world)).WebId}/elements`;
    expect(await getItems(world, base)).toHaveLength(60);
    expect(await getItems(world, `${base}?searchFullHierarchy=true&maxCount=150000&selectedFields=Items.WebId`)).toHaveLength(60 + 3780 + 7560);
    const last = await getItems(world, `/elements/${elementWebId(world.identity, world.catalogue.layout, plantRef(59), 'Full')}/elements`);
    expect(last.map((u) => u.Name)).toEqual(Array.from({ length: 63 }, (_, i) => `Unit${String(i + 1).padStart(2, '0')}`));
  });

  it('fills Paths with associations=Paths', async () => {
    const world = testWorld();
    const [e] = await getItems(world, `/assetdatabases/${(await db(world)).WebId}/elements?associations=Paths&maxCount=1`);
    expect(e!.Paths).toEqual([e!.Path]);
  });
});

describe('element and attribute lookups', () => {
  it('round-trips element WebIDs of every type, case-insensitive paths included', async () => {
    const world = testWorld({ tagCount: 1000 });
    for (const ref of [plantRef(9), unitRef(4, 12), equipmentRef(0, 0, 1)]) {
      const full = ((await getJson(world, `/elements/${elementWebId(world.identity, world.catalogue.layout, ref, 'Full')}`)).json as Obj);
      for (const type of ['Full', 'IDOnly', 'PathOnly', 'LocalIDOnly', 'DefaultIDOnly'] as const) {
        const res = await getJson(world, `/elements/${elementWebId(world.identity, world.catalogue.layout, ref, type)}?webIdType=${type}`);
        expect(res.status).toBe(200);
        expect((res.json as Obj).Path).toBe(full.Path);
        expect((res.json as Obj).WebId).toBe(elementWebId(world.identity, world.catalogue.layout, ref, type));
      }
      const byPath = await getJson(world, `/elements?path=${q((full.Path as string).toLowerCase())}`);
      expect(byPath.json).toEqual(full);
    }
  });

  it('emits every WebID, links included, in the requested type', async () => {
    const world = testWorld();
    const [plant] = await getItems(world, `/assetdatabases/${(await db(world)).WebId}/elements?webIdType=PathOnly`);
    expect(plant!.WebId).toMatch(/^P1Em/);
    const webIds = Object.values(links(plant!)).map((u) => rel(u).split('/')[2]!);
    expect(webIds.every((w) => /^P1/.test(w))).toBe(true);
  });

  it('serves the sensors of a unit as PI Point attributes whose Links.Point is the real tag', async () => {
    const world = testWorld();
    const unit = unitRef(2, 3);
    const attrs = await getItems(world, `/elements/${elementWebId(world.identity, world.catalogue.layout, unit, 'Full')}/attributes?webIdType=IDOnly&associations=DataReference`);
    expect(attrs.map((a) => a.Name)).toEqual(['Current', 'Flow', 'Level', 'Power', 'Pressure', 'Speed', 'Temperature', 'Voltage']);
    for (const a of attrs) {
      const pointWebId = rel(links(a).Point!).split('/')[2]!;
      const decoded = decodeWebId(pointWebId);
      expect(decoded.ok && decoded.value.type).toBe('IDOnly');
      const tag = world.catalogue.tag(decoded.ok ? world.catalogue.resolve(decoded.value) : -1);
      expect(tag.name).toBe(`Brisbane_Unit04_${a.Name}`);
      expect(a).toMatchObject({ DataReferencePlugIn: 'PI Point', ConfigString: `\\\\PISRV-T128\\${tag.name}`, Type: 'Double' });
      expect(a.DefaultUnitsNameAbbreviation).toBe(tag.sensor.units);
      expect((a.DataReference as { PIPoint: { Name: string } }).PIPoint.Name).toBe(tag.name);
    }
    const one = await getJson(world, `/attributes?path=${q('\\\\AFSRV-T128\\Production\\brisbane\\UNIT04|flow')}`);
    expect((one.json as Obj).Name).toBe('Flow');
    expect(conformanceProblems(responseSchema('/elements/{webId}/attributes'), { Items: attrs })).toEqual([]);
  });

  it('serves equipment nameplate values as static attributes', async () => {
    const world = testWorld();
    const attrs = await getItems(world, `/elements/${elementWebId(world.identity, world.catalogue.layout, equipmentRef(0, 0, 0), 'Full')}/attributes`);
    expect(attrs.map((a) => a.Name)).toEqual(['InstallDate', 'Manufacturer', 'Model', 'RatedCapacity']);
    const value = await getJson(world, rel(`${TEST_BASE_URL}/attributes/${attrs[1]!.WebId}/value`));
    expect(value.json).toMatchObject({ Timestamp: '1970-01-01T00:00:00Z', Good: true });
    expect(typeof (value.json as Obj).Value).toBe('string');
    expect(attrs[3]!.DataReferencePlugIn).toBe('');
  });
});

describe('templates and categories', () => {
  it('lists element and event-frame templates and the categories', async () => {
    const world = testWorld();
    const d = await db(world);
    const templates = await getItems(world, rel(links(d).ElementTemplates!));
    expect(templates.map((t) => t.Name)).toEqual([
      'Alarm', 'BatchRun', 'Compressor', 'Downtime', 'HeatExchanger', 'Maintenance', 'Plant', 'ProcessUnit', 'Pump', 'Reactor',
    ]);
    expect(templates.find((t) => t.Name === 'Alarm')).toMatchObject({ InstanceType: 'EventFrame', CanBeAcknowledged: true });
    expect((await getJson(world, rel(links(templates[0]!).Self!))).json).toEqual(templates[0]);
    expect(await getItems(world, `${rel(links(d).ElementTemplates!)}?query=*Run`)).toHaveLength(1);
    const categories = await getItems(world, rel(links(d).ElementCategories!));
    expect(categories.map((c) => c.Name)).toContain('Production Unit');
    expect(conformanceProblems(responseSchema('/assetdatabases/{webId}/elementtemplates'), { Items: templates })).toEqual([]);
    expect(conformanceProblems(responseSchema('/assetdatabases/{webId}/elementcategories'), { Items: categories })).toEqual([]);
  });
});

describe('AF errors', () => {
  const world = testWorld();
  const point = world.catalogue.webId(0);
  const unit = elementWebId(world.identity, world.catalogue.layout, unitRef(0, 0), 'Full');
  const missing = encodeWebId({ marker: 'Em', guids: [world.identity.assetServer.guid, '00000000-0000-0000-0000-000000000001'], path: 'X' }, 'IDOnly');
  const cases: [string, string, number, string][] = [
    ['a malformed WebID', '/elements/NOT-A-WEBID', 400, "Unknown or invalid WebID format: 'NOT-A-WEBID'"],
    ['a point WebID where an element is expected', `/elements/${point}`, 400, 'identifies a PI point'],
    ['an element WebID where a database is expected', `/assetdatabases/${unit}/elements`, 400, 'asset database'],
    ['an element that does not exist', `/elements/${missing}`, 404, `An element with WebID '${missing}' was not found.`],
    ['a path that does not exist', `/elements?path=${q('\\\\AFSRV-T128\\Production\\Hobart')}`, 404, 'was not found'],
    ['a missing path', '/elements', 400, "The parameter 'path' is required"],
    ['maxCount above MaxReturnedItemsPerCall', `/elements/${unit}/elements?maxCount=150001`, 400, "Parameter 'maxCount' is greater than the maximum allowed (150000)."],
    ['a negative startIndex', `/elements/${unit}/elements?startIndex=-1`, 400, 'startIndex'],
    ['an unknown sortOrder', `/elements/${unit}/elements?sortOrder=Up`, 400, 'expected one of Ascending, Descending'],
    ['an unknown sortField', `/elements/${unit}/attributes?sortField=Type`, 400, "parameter 'sortField'"],
    ['a bad searchFullHierarchy', `/elements/${unit}/elements?searchFullHierarchy=maybe`, 400, 'expected true or false'],
    ['an unknown elementType', `/elements/${unit}/elements?elementType=Widget`, 400, 'Boundary'],
    ['an attribute that does not exist', `/attributes?path=${q('\\\\AFSRV-T128\\Production\\Sydney\\Unit01|Colour')}`, 404, 'attribute'],
  ];
  it.each(cases)('answers %s', async (_name, path, status, message) => {
    const res = await getJson(world, path);
    expect(res.status).toBe(status);
    expect(errorOf(res)).toContain(message);
  });
});

describe('determinism', () => {
  it('gives identical JSON for two worlds with the same options', async () => {
    const dump = async () => {
      const world = testWorld({ tagCount: 1000 });
      const all = await getItems(world, `/assetdatabases/${(await db(world)).WebId}/elements?searchFullHierarchy=true`);
      const attrs = await Promise.all(descendantsOf(world.catalogue.layout, null).slice(0, 40).map((r) =>
        getItems(world, `/elements/${elementWebId(world.identity, world.catalogue.layout, r, 'Full')}/attributes`)));
      return JSON.stringify([all, attrs]);
    };
    expect(await dump()).toBe(await dump());
  });
});
