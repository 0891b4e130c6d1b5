/** Bad input never crashes the mock: each gets the right 4xx and a PI `Errors` body a user can act on. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsBody } from '../pi-contract';
import { startMockFixture, type MockFixture } from './test-support/mock-server-fixture';

describe('bad input', () => {
  let mock: MockFixture;
  let point: string;
  let ds: string;

  beforeAll(async () => {
    mock = await startMockFixture({ tagCount: 128 });
    point = mock.world.catalogue.webId(0);
    ds = ((await mock.get('/dataservers')).json as { Items: { WebId: string }[] }).Items[0]!.WebId;
  });
  afterAll(async () => mock?.server.close());

  const cases: [string, () => string, number, string][] = [
    ['an unknown route', () => '/nosuchthing', 404, 'was not found'],
    ['a malformed WebID', () => '/streams/NOT-A-WEBID/recorded', 400, "Unknown or invalid WebID format: 'NOT-A-WEBID'"],
    ['a data-server WebID where a stream is expected', () => `/streams/${ds}/recorded`, 400, 'data server'],
    ['a point WebID where a data server is expected', () => `/dataservers/${point}/points`, 400, 'PI point'],
    ['a point that does not exist', () => `/points/${mock.world.catalogue.webId(0).replace('AQAAAA', 'AAAQAA')}`, 404, 'not found'],
    ['maxCount that is not a number', () => `/dataservers/${ds}/points?maxCount=lots`, 400, "parameter 'maxCount'"],
    ['maxCount above MaxReturnedItemsPerCall', () => `/streams/${point}/recorded?maxCount=150001`, 400, "Parameter 'maxCount' is greater than the maximum allowed (150000)."],
    ['an absurd maxCount', () => `/dataservers/${ds}/points?maxCount=99999999999999999999`, 400, 'maxCount'],
    ['a negative startIndex', () => `/dataservers/${ds}/points?startIndex=-1`, 400, 'startIndex'],
    ['an unparsable time', () => `/streams/${point}/recorded?startTime=tomorrowish`, 400, 'tomorrowish'],
    ['an unknown webIdType', () => `/dataservers?webIdType=Short`, 400, 'webIdType'],
    ['the seed data-server id without seed compatibility', () => '/dataservers/F1DP-DS-01/points', 400, "Unknown or invalid WebID format: 'F1DP-DS-01'"],
  ];

  it.each(cases)('answers %s with the right status and message', async (_name, path, status, message) => {
    const res = await mock.get(path());
    expect(res.status).toBe(status);
    expect(errorsBody.parse(res.json).Errors.join(' ')).toContain(message);
  });

  it('answers malformed batch JSON with 400', async () => {
    const res = await mock.post('/batch', '{"1": {');
    expect(res.status).toBe(400);
    expect(errorsBody.parse(res.json).Errors[0]).toContain('not valid JSON');
  });

  it('answers a POST without X-Requested-With with 403 (CSRF defense)', async () => {
    const res = await mock.post('/batch', '{}', { 'Content-Type': 'application/json' });
    expect(res.status).toBe(403);
    expect(errorsBody.parse(res.json).Errors[0]).toContain('X-Requested-With');
  });

  it('answers an oversized body with 413', async () => {
    const res = await mock.post('/batch', 'x'.repeat(4_194_305));
    expect(res.status).toBe(413);
  });

  it('answers a wrong method with 405', async () => {
    const res = await mock.post('/dataservers', '{}');
    expect(res.status).toBe(405);
  });
});

describe('authentication', () => {
  let basic: MockFixture;
  let bearer: MockFixture;
  beforeAll(async () => {
    basic = await startMockFixture({ auth: { mode: 'basic', user: 'pi', password: 's3cret' } });
    bearer = await startMockFixture({ auth: { mode: 'bearer', token: 'tok' } });
  });
  afterAll(async () => {
    await basic?.server.close();
    await bearer?.server.close();
  });

  it('answers 401 with WWW-Authenticate and a PI error without or with wrong credentials', async () => {
    for (const headers of [{}, { Authorization: `Basic ${Buffer.from('pi:wrong').toString('base64')}` }] as Record<string, string>[]) {
      const res = await basic.get('/dataservers', headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toContain('Basic');
      expect(errorsBody.parse(res.json).Errors[0]).toBe('Authorization has been denied for this request.');
    }
    const denied = await bearer.get('/dataservers', { Authorization: 'Bearer nope' });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('www-authenticate')).toContain('Bearer');
  });

  it('serves with the right credentials', async () => {
    expect((await basic.get('/dataservers', { Authorization: `Basic ${Buffer.from('pi:s3cret').toString('base64')}` })).status).toBe(200);
    expect((await bearer.get('/dataservers', { Authorization: 'Bearer tok' })).status).toBe(200);
  });
});
