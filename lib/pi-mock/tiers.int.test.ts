import { afterAll, describe, expect, it } from 'vitest';
import { itemsDataServer, itemsPoint } from '../pi-contract';
import { startMockFixture, type MockFixture } from './test-support/mock-server-fixture';

describe.each([
  [128, 128],
  [1000, 1040],
  [10000, 10000],
  [30000, 30240],
])('a mock asked for %i tags on 127.0.0.1', (requested, expected) => {
  let mock: MockFixture;
  afterAll(async () => mock?.server.close());

  it(`lists exactly ${expected} distinct points through paging`, async () => {
    mock = await startMockFixture({ tagCount: requested });
    const servers = itemsDataServer.parse((await mock.get('/dataservers')).json);
    const ds = servers.Items[0]!.WebId!;
    const names = new Set<string>();
    let startIndex = 0;
    const pageSize = 4000;
    for (;;) {
      const page = await mock.get(`/dataservers/${ds}/points?startIndex=${startIndex}&maxCount=${pageSize}`);
      expect(page.status).toBe(200);
      const items = itemsPoint.parse(page.json).Items;
      for (const p of items) names.add(p.Name!);
      if (items.length < pageSize) break;
      startIndex += pageSize;
    }
    expect(names.size).toBe(expected);
  });
});
