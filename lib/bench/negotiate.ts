/**
 * `npm run bench -- --only negotiate`: what Kerberos (Negotiate) costs per request against no
 * auth, sequential (one recorded GET at a time) and batch (POST /batch of 100 recorded reads, one
 * at a time), plus the first request of a fresh connection, which carries the SPNEGO handshake.
 * Real MIT KDC in a scratch realm, two mocks (one --auth negotiate, one without) in their own
 * processes, the connector's own PiClient here. Medians of paired repetitions (none, then
 * negotiate, each on a fresh client): the machine is shared and noisy.
 */
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { PiClient, type PiAuth } from '../connector';
import { scratchRealmUnavailable, startScratchRealm } from '../connector/test-support/scratch-realm';
import { spawnCliMock } from '../connector/test-support/spawn-cli-mock';
import { formatNumber, median } from './stats';

const SEQUENTIAL_REQUESTS = 300;
const BATCH_REQUESTS = 30;
const BATCH_SIZE = 100;
const WINDOW = 'startTime=2024-01-01T00:00:00Z&endTime=2024-01-01T01:00:00Z';

// 127.0.0.1 for both mocks (no name lookup in either figure), so the SPN is named, not derived.
const NEGOTIATE: PiAuth = { mode: 'negotiate', spn: 'HTTP@localhost' };

const items = z.object({ Items: z.array(z.object({ WebId: z.string() })) });

interface Sample {
  firstRequestMs: number;
  sequentialMsPerRequest: number;
  batchMsPerRequest: number;
}

export interface NegotiateBenchRow {
  auth: 'none' | 'negotiate';
  firstRequestMsMedian: number;
  sequentialMsPerRequestMedian: number;
  batchMsPerRequestMedian: number;
}

export type NegotiateBenchResult =
  | { skipped: string }
  | { rows: NegotiateBenchRow[]; sequentialExtraMsPerRequest: number; batchExtraMsPerRequest: number; handshakeExtraMs: number; reps: number };

async function okOrThrow<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`bench request failed: ${JSON.stringify(r.error)}`);
  return r.value;
}

async function sample(baseUrl: string, auth: PiAuth): Promise<Sample> {
  // One connection: every request after the first rides the connection the first authenticated.
  const client = new PiClient({ baseUrl, auth, connections: 1, retry: { maxAttempts: 1 } });
  try {
    let t0 = performance.now();
    const servers = await okOrThrow(client.getJson('/dataservers', items));
    const firstRequestMs = performance.now() - t0;
    const server = servers.Items[0];
    if (!server) throw new Error('the mock lists no data server');
    const points = await okOrThrow(client.getJson(`/dataservers/${server.WebId}/points?maxCount=${BATCH_SIZE}`, items));
    const ids = points.Items.map((p) => p.WebId);

    t0 = performance.now();
    for (let i = 0; i < SEQUENTIAL_REQUESTS; i++) await okOrThrow(client.get(`/streams/${ids[i % ids.length]}/recorded?${WINDOW}`));
    const sequentialMsPerRequest = (performance.now() - t0) / SEQUENTIAL_REQUESTS;

    const batch = JSON.stringify(Object.fromEntries(ids.map((id, i) => [String(i), { Method: 'GET', Resource: `${client.baseUrl}/streams/${id}/recorded?${WINDOW}` }])));
    t0 = performance.now();
    for (let i = 0; i < BATCH_REQUESTS; i++) await okOrThrow(client.post('/batch', batch));
    const batchMsPerRequest = (performance.now() - t0) / BATCH_REQUESTS;
    return { firstRequestMs, sequentialMsPerRequest, batchMsPerRequest };
  } finally {
    await client.close();
  }
}

function row(auth: NegotiateBenchRow['auth'], samples: Sample[]): NegotiateBenchRow {
  return {
    auth,
    firstRequestMsMedian: median(samples.map((s) => s.firstRequestMs)),
    sequentialMsPerRequestMedian: median(samples.map((s) => s.sequentialMsPerRequest)),
    batchMsPerRequestMedian: median(samples.map((s) => s.batchMsPerRequest)),
  };
}

export async function benchNegotiate(reps: number): Promise<NegotiateBenchResult> {
  const unavailable = scratchRealmUnavailable();
  if (unavailable !== null) return { skipped: unavailable };
  const realm = await startScratchRealm();
  const saved = { KRB5_CONFIG: process.env.KRB5_CONFIG, KRB5CCNAME: process.env.KRB5CCNAME };
  const mocks = [];
  try {
    const plainEnv = { ...process.env };
    const krbEnv = { ...process.env, ...realm.env, KRB5_KTNAME: `FILE:${realm.serviceKeytab}` };
    const plain = await spawnCliMock(['--tags', '128'], plainEnv);
    mocks.push(plain);
    const kerberos = await spawnCliMock(['--tags', '128', '--auth', 'negotiate'], krbEnv);
    mocks.push(kerberos);
    // The connector runs here: MIT krb5 reads these on every GSS call, so setting them now is enough.
    Object.assign(process.env, realm.env, { KRB5CCNAME: await realm.kinit('bench') });
    // One untimed round each: the mocks' first answers and the first service ticket (a KDC trip
    // that later handshakes skip, as a long-running connector does) are not what is measured.
    await sample(plain.urlFor('127.0.0.1'), { mode: 'none' });
    await sample(kerberos.urlFor('127.0.0.1'), NEGOTIATE);
    const none: Sample[] = [];
    const negotiate: Sample[] = [];
    for (let i = 0; i < reps; i++) {
      none.push(await sample(plain.urlFor('127.0.0.1'), { mode: 'none' }));
      negotiate.push(await sample(kerberos.urlFor('127.0.0.1'), NEGOTIATE));
    }
    const rows = [row('none', none), row('negotiate', negotiate)];
    return {
      rows,
      reps,
      sequentialExtraMsPerRequest: median(negotiate.map((s, i) => s.sequentialMsPerRequest - none[i]!.sequentialMsPerRequest)),
      batchExtraMsPerRequest: median(negotiate.map((s, i) => s.batchMsPerRequest - none[i]!.batchMsPerRequest)),
      handshakeExtraMs: median(negotiate.map((s, i) => s.firstRequestMs - none[i]!.firstRequestMs)),
    };
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    for (const mock of mocks) await mock.stop();
    await realm.stop();
  }
}

/** Prints the table and returns what goes into the JSON report. */
export async function reportNegotiate(reps: number): Promise<NegotiateBenchResult> {
  console.log(`\n== Kerberos (Negotiate) against no auth, per request (128 tags, 1 connection, median of ${reps}) ==`);
  const result = await benchNegotiate(reps);
  if ('skipped' in result) {
    console.log(`skipped: ${result.skipped}`);
    return result;
  }
  console.table(
    result.rows.map((r) => ({
      auth: r.auth,
      'first request ms (connect + handshake)': formatNumber(r.firstRequestMsMedian, 2),
      'sequential ms/request': formatNumber(r.sequentialMsPerRequestMedian, 3),
      [`batch (${BATCH_SIZE} reads) ms/request`]: formatNumber(r.batchMsPerRequestMedian, 2),
    })),
  );
  console.log(
    `Negotiate minus none (median of paired reps): sequential ${formatNumber(result.sequentialExtraMsPerRequest, 3)} ms/request, ` +
      `batch ${formatNumber(result.batchExtraMsPerRequest, 2)} ms/request, first request of a connection ${formatNumber(result.handshakeExtraMs, 2)} ms`,
  );
  return result;
}
