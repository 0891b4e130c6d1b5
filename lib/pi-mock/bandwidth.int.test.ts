/**
 * A listener with a bandwidth takes at least size / rate to deliver a body, and its concurrent
 * responses share that rate rather than each getting it. Lower bounds only, with a generous
 * margin: a loaded machine can make anything slower, never faster than the link allows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemsPoint } from '../pi-contract';
import { BURST_SECONDS, SLICE_BYTES } from './http/token-bucket';
import { startMockFixture, type MockFixture } from './test-support/mock-server-fixture';
import { rawRequest } from './test-support/raw-request';

const BITS_PER_SECOND = 24e6;
const BYTES_PER_SECOND = BITS_PER_SECOND / 8;
const BURST_BYTES = Math.max(SLICE_BYTES, BYTES_PER_SECOND * BURST_SECONDS);
const MARGIN = 0.8;

describe('bandwidth shaping', () => {
  let mock: MockFixture;
  let url: string;

  beforeAll(async () => {
    mock = await startMockFixture({ tagCount: 128, bandwidthBitsPerSecond: BITS_PER_SECOND });
    const ds = ((await mock.get('/dataservers')).json as { Items: { WebId: string }[] }).Items[0]!.WebId;
    const ids = itemsPoint.parse((await mock.get(`/dataservers/${ds}/points?maxCount=200`)).json).Items.slice(0, 16).map((p) => p.WebId!);
    url = `${mock.server.url}/streamsets/recorded?${ids.map((id) => `webId=${id}`).join('&')}&startTime=2024-01-01T00:00:00Z&endTime=2024-01-01T12:00:00Z`;
  });
  afterAll(async () => mock?.server.close());

  it('delivers a body no faster than the stated rate', async () => {
    const res = await rawRequest(url);
    expect(res.status).toBe(200);
    // 16 tags x 720 values of full-field JSON: well over a megabyte, ~0.5 s at 24 Mbit/s.
    expect(res.body.length).toBeGreaterThan(1_000_000);
    const floorMs = ((res.body.length - BURST_BYTES) / BYTES_PER_SECOND) * 1000;
    expect(res.elapsedMs).toBeGreaterThan(floorMs * MARGIN);
  });

  it('shares the rate among concurrent responses', async () => {
    const t0 = performance.now();
    const answers = await Promise.all([rawRequest(url), rawRequest(url), rawRequest(url)]);
    const elapsedMs = performance.now() - t0;
    const total = answers.reduce((n, a) => n + a.body.length, 0);
    const floorMs = ((total - BURST_BYTES) / BYTES_PER_SECOND) * 1000;
    expect(elapsedMs).toBeGreaterThan(floorMs * MARGIN);
  });

  it('shapes the bytes as sent: a gzipped answer at a slow link', async () => {
    const slowBytesPerSecond = 125_000; // 1 Mbit/s
    const slow = await startMockFixture({ tagCount: 128, bandwidthBitsPerSecond: slowBytesPerSecond * 8 });
    try {
      // A whole day: gzip shrinks the body ~15x, so it takes that to fill several bursts.
      const day = url.replace(mock.server.url, slow.server.url).replace('endTime=2024-01-01T12:00:00Z', 'endTime=2024-01-02T00:00:00Z');
      const zipped = await rawRequest(day, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      const burst = Math.max(SLICE_BYTES, slowBytesPerSecond * BURST_SECONDS);
      expect(zipped.body.length).toBeGreaterThan(2 * burst);
      const floorMs = ((zipped.body.length - burst) / slowBytesPerSecond) * 1000;
      expect(zipped.elapsedMs).toBeGreaterThan(floorMs * MARGIN);
    } finally {
      await slow.server.close();
    }
  });
});
