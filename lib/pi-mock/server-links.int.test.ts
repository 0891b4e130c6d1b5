/**
 * Links in bodies of the standalone mock (issue 11 item 8): built from the listening address or a
 * configured public URL, never from Host or X-Forwarded-* unless trustProxy is set.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockOptionsInput } from './options';
import { startMockServer, type RunningMockServer } from './server';
import { MockWorld } from './world';

const HOSTILE = { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'javascript' };

/** node:http rather than fetch: fetch will not send a Host header of our choosing. */
function rootLinks(server: RunningMockServer, headers: Record<string, string>): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const req = http.request(server.url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { Links: Record<string, string> }).Links));
    });
    req.on('error', reject);
    req.end();
  });
}

async function serve(options: MockOptionsInput): Promise<RunningMockServer> {
  const world = new MockWorld({ tagCount: 128, ...options });
  return startMockServer({ getWorld: () => world, port: 0 });
}

describe('links of the standalone mock', () => {
  const servers: RunningMockServer[] = [];
  let plain: RunningMockServer;
  let proxied: RunningMockServer;
  let configured: RunningMockServer;

  beforeAll(async () => {
    plain = await serve({});
    proxied = await serve({ trustProxy: true });
    configured = await serve({ publicBaseUrl: 'https://pi.example.com/gw' });
    servers.push(plain, proxied, configured);
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  it('stay on the listening address whatever Host and X-Forwarded-* say', async () => {
    const links = await rootLinks(plain, HOSTILE);
    expect(Object.keys(links).length).toBeGreaterThan(0);
    for (const link of Object.values(links)) expect(link.startsWith(`${plain.url}/`)).toBe(true);
  });

  it('follow a well-formed forwarded base behind a trusted proxy', async () => {
    const links = await rootLinks(proxied, { 'X-Forwarded-Host': 'pi.example.com', 'X-Forwarded-Proto': 'https' });
    expect(links.Self).toBe('https://pi.example.com/piwebapi/');
  });

  it('ignore malformed forwarded values behind a trusted proxy', async () => {
    const links = await rootLinks(proxied, { Host: 'evil.example/"x', 'X-Forwarded-Host': 'evil.example"><', 'X-Forwarded-Proto': 'javascript' });
    for (const link of Object.values(links)) expect(link.startsWith(`${proxied.url}/`)).toBe(true);
  });

  it('use the configured public URL over every header', async () => {
    const links = await rootLinks(configured, { ...HOSTILE, 'X-Forwarded-Host': 'pi.example.com' });
    for (const link of Object.values(links)) expect(link.startsWith('https://pi.example.com/gw/piwebapi/')).toBe(true);
  });
});
