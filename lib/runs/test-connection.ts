/**
 * "Test connection": one real recorded read against a PI Web API, the way a run starts: the
 * first data server, its first point, then that point's recorded values for the last hour.
 */
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { type ConnectorError, formatIsoMs } from '../connector';
import { targetClient } from './target-client';
import { itemsDataServer, itemsPoint } from '../pi-contract';
import type { ConnectionTestResult } from '../api-contract';
import type { ExternalTarget } from './connection-store';
import { describeTestFailure, type TestedSource } from './describe-test-failure';
import { boundRemoteText } from './remote-text';
import { resolveWindow } from './resolve-window';

/** A test must answer quickly: a wrong host should fail in seconds, not after undici's minutes. */
const TEST_CLIENT = { connections: 1, connectTimeoutMs: 5_000, headersTimeoutMs: 15_000, bodyTimeoutMs: 15_000, retry: { maxAttempts: 2 } };

const recordedTimestamps = z.object({ Items: z.array(z.object({ Timestamp: z.string() })) });

/** `source` says where the URL and credentials came from, which is what a failure's advice names. */
export async function testConnection(target: ExternalTarget, signal?: AbortSignal, source: TestedSource = 'saved'): Promise<ConnectionTestResult> {
  const endpoint = target.baseUrl;
  const failure = (error: ConnectorError): ConnectionTestResult => ({ ok: false, endpoint, code: error.kind, message: describeTestFailure(error, source) });
  const client = targetClient(target, { ...TEST_CLIENT, ...(signal ? { signal } : {}) });
  try {
    const servers = await client.getJson('/dataservers?webIdType=IDOnly&selectedFields=Items.WebId;Items.Name', itemsDataServer);
    if (!servers.ok) return failure(servers.error);
    const server = servers.value.Items.find((s) => s.WebId);
    if (!server?.WebId) return { ok: false, endpoint, code: 'no_points', message: `${endpoint}/dataservers lists no data server` };
    const points = await client.getJson(
      `/dataservers/${server.WebId}/points?startIndex=0&maxCount=1&webIdType=IDOnly&selectedFields=Items.WebId;Items.Name`,
      itemsPoint,
    );
    if (!points.ok) return failure(points.error);
    const point = points.value.Items[0];
    if (!point) return { ok: false, endpoint, code: 'no_points', message: `data server ${boundRemoteText(server.Name ?? server.WebId)} lists no PI points` };
    const window = resolveWindow({ start: '*-1h', end: '*' });
    if (!window.ok) throw new Error(`the fixed test window did not resolve: ${window.error.message}`);
    const startIso = formatIsoMs(window.value.startMs);
    const endIso = formatIsoMs(window.value.endMs);
    const t0 = performance.now();
    const recorded = await client.getJson(
      `/streams/${point.WebId}/recorded?startTime=${startIso}&endTime=${endIso}&maxCount=10000&selectedFields=Items.Timestamp`,
      recordedTimestamps,
    );
    const latencyMs = performance.now() - t0;
    if (!recorded.ok) return failure(recorded.error);
    return { ok: true, endpoint, latencyMs, pointName: boundRemoteText(point.Name), values: recorded.value.Items.length, windowStart: startIso, windowEnd: endIso };
  } finally {
    await client.close();
  }
}
