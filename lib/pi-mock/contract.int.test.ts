/**
 * Walks the mock like a client (following Links) and checks every answer against PI Web API's own
 * swagger spec: no field the spec lacks, no value of the wrong type. Also parses the answers
 * with lib/pi-contract, which the connector uses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  itemsAssetDatabase,
  itemsAssetServer,
  itemsAttribute,
  itemsDataServer,
  itemsElement,
  itemsElementTemplate,
  itemsEventFrame,
  itemsPoint,
  itemsStreamValues,
  extendedTimedValues,
  landing,
} from '../pi-contract';
import { conformanceProblems, responseSchema } from './test-support/swagger-conformance';
import { startMockFixture, type MockFixture } from './test-support/mock-server-fixture';

const WINDOW = 'startTime=2024-01-01T00:00:00Z&endTime=2024-01-01T02:00:00Z';
const EF_WINDOW = 'startTime=2023-12-31T00:00:00Z&endTime=2024-01-09T00:00:00Z&searchFullHierarchy=true';

describe('every answer conforms to the PI Web API spec', () => {
  let mock: MockFixture;
  const visited: [route: string, path: string, json: unknown][] = [];

  /** GET below /piwebapi (a path or an absolute link), expect 200, remember it for the spec check. */
  async function visit(route: string, pathOrUrl: string): Promise<unknown> {
    const path = pathOrUrl.startsWith('http') ? pathOrUrl.slice(mock.server.url.length) : pathOrUrl;
    const res = await mock.get(path);
    expect(res.status, `${path}: ${JSON.stringify(res.json)}`).toBe(200);
    visited.push([route, path, res.json]);
    return res.json;
  }

  beforeAll(async () => {
    mock = await startMockFixture({ tagCount: 128 });
  });
  afterAll(async () => mock?.server.close());

  it('for the data archive, points and streams', async () => {
    landing.parse(await visit('/', '/'));
    for (const p of ['/system', '/system/status', '/system/userinfo', '/system/versions']) await visit(p, p);
    const ds = itemsDataServer.parse(await visit('/dataservers', '/dataservers')).Items[0]!;
    await visit('/dataservers/{webId}', ds.Links!.Self!);
    await visit('/dataservers#path', `/dataservers?path=${encodeURIComponent(ds.Path!)}`);
    const points = itemsPoint.parse(await visit('/dataservers/{webId}/points', `${ds.Links!.Points}?maxCount=20`)).Items;
    const [a, b] = [points[0]!, points[9]!];
    await visit('/points/{webId}', a.Links!.Self!);
    await visit('/points', `/points?path=${encodeURIComponent(a.Path!)}`);
    extendedTimedValues.parse(await visit('/streams/{webId}/recorded', `${a.Links!.RecordedData}?${WINDOW}`));
    await visit('/streams/{webId}/interpolated', `${a.Links!.InterpolatedData}?${WINDOW}&interval=10m`);
    await visit('/streams/{webId}/plot', `${a.Links!.PlotData}?${WINDOW}&intervals=4`);
    await visit('/streams/{webId}/summary', `${a.Links!.SummaryData}?${WINDOW}&summaryType=All`);
    await visit('/streams/{webId}/value', a.Links!.Value!);
    await visit('/streams/{webId}/end', a.Links!.EndValue!);
    await visit('/streams/{webId}/recordedattime', `/streams/${a.WebId}/recordedattime?time=2024-01-01T00:00:30Z`);
    const ids = `webId=${a.WebId}&webId=${b.WebId}`;
    itemsStreamValues.parse(await visit('/streamsets/recorded', `/streamsets/recorded?${ids}&${WINDOW}`));
    await visit('/streamsets/interpolated', `/streamsets/interpolated?${ids}&${WINDOW}&interval=30m`);
    await visit('/streamsets/plot', `/streamsets/plot?${ids}&${WINDOW}&intervals=2`);
    await visit('/streamsets/summary', `/streamsets/summary?${ids}&${WINDOW}&summaryType=Average&summaryType=Count`);
    await visit('/streamsets/value', `/streamsets/value?${ids}`);
    await visit('/streamsets/end', `/streamsets/end?${ids}`);
  });

  it('for the asset framework and event frames', async () => {
    const server = itemsAssetServer.parse(await visit('/assetservers', '/assetservers')).Items[0]!;
    await visit('/assetservers/{webId}', server.Links!.Self!);
    const db = itemsAssetDatabase.parse(await visit('/assetservers/{webId}/assetdatabases', server.Links!.Databases!)).Items[0]!;
    await visit('/assetdatabases/{webId}', db.Links!.Self!);
    await visit('/assetdatabases', `/assetdatabases?path=${encodeURIComponent(db.Path!)}`);
    const plant = itemsElement.parse(await visit('/assetdatabases/{webId}/elements', db.Links!.Elements!)).Items[0]!;
    await visit('/elements/{webId}', plant.Links!.Self!);
    await visit('/elements', `/elements?path=${encodeURIComponent(plant.Path!)}`);
    const unit = itemsElement.parse(await visit('/elements/{webId}/elements', plant.Links!.Elements!)).Items[0]!;
    const attribute = itemsAttribute.parse(await visit('/elements/{webId}/attributes', unit.Links!.Attributes!)).Items[0]!;
    await visit('/attributes/{webId}', attribute.Links!.Self!);
    await visit('/attributes', `/attributes?path=${encodeURIComponent(attribute.Path!)}`);
    await visit('/attributes/{webId}/value', `/attributes/${attribute.WebId}/value`);
    await visit('/streamsets/{webId}/recorded', `/streamsets/${unit.WebId}/recorded?${WINDOW}`);
    await visit('/streamsets/{webId}/value', `/streamsets/${unit.WebId}/value`);
    const template = itemsElementTemplate.parse(await visit('/assetdatabases/{webId}/elementtemplates', db.Links!.ElementTemplates!)).Items[0]!;
    await visit('/elementtemplates/{webId}', template.Links!.Self!);
    await visit('/assetdatabases/{webId}/elementcategories', db.Links!.ElementCategories!);
    const frames = itemsEventFrame.parse(await visit('/assetdatabases/{webId}/eventframes', `${db.Links!.EventFrames}?${EF_WINDOW}`)).Items;
    expect(frames.length).toBeGreaterThan(0);
    const frame = frames[0]!;
    await visit('/eventframes/{webId}', frame.Links!.Self!);
    await visit('/eventframes/{webId}/attributes', frame.Links!.Attributes!);
    const refs = itemsElement.parse(await visit('/eventframes/{webId}/referencedelements', frame.Links!.ReferencedElements!)).Items;
    await visit('/elements/{webId}/eventframes', `/elements/${refs[0]!.WebId}/eventframes?${EF_WINDOW.replace('&searchFullHierarchy=true', '')}`);
    await visit('/streamsets/{webId}/value', `/streamsets/${frame.WebId}/value`);
  });

  it('with no field the spec lacks', () => {
    expect(visited.length).toBeGreaterThan(40);
    const problems = visited.flatMap(([route, path, json]) => conformanceProblems(responseSchema(route), json).map((p) => `${path}: ${p}`));
    expect(problems).toEqual([]);
  });
});
