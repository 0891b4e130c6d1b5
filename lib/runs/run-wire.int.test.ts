/**
 * A run's gzip and selectedFields settings reach the wire, and its network profile's bandwidth
 * reaches the embedded mock: what the Run and Performance pages compare is what was measured.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BronzeStore } from '../bronze';
import { openMemoryStore } from '../connector/test-support/connector-fixture';
import { closeListener, currentWorld } from '../pi-mock/embedded';
import { NETWORK_PROFILES, runSettings, type ModeSummary, type RunEvent, type RunSettingsInput } from '../api-contract';
import { RunRegistry } from './run-registry';
import { startRun } from './start-run';

let store: BronzeStore;
const registry = new RunRegistry();

beforeAll(async () => {
  store = await openMemoryStore();
});
afterAll(async () => {
  await store?.close();
  await closeListener();
});

async function run(input: RunSettingsInput, onEvent: (e: RunEvent) => void = () => {}): Promise<ModeSummary> {
  const started = await startRun(runSettings.parse({ tier: 128, modes: ['batch'], includeAssets: false, ...input }), { store, registry });
  if (!started.ok) throw new Error(`start refused: ${JSON.stringify(started.error)}`);
  const events: RunEvent[] = [];
  registry.find(started.value.runId)?.subscribe((e) => {
    events.push(e);
    onEvent(e);
  });
  await started.value.done;
  const summary = events.flatMap((e) => (e.type === 'mode-finished' ? [e.summary] : []))[0];
  if (!summary) throw new Error(`no mode finished: ${JSON.stringify(events.at(-1))}`);
  return summary;
}

describe('bytes on the wire of a dashboard run', () => {
  it('counts compressed and decoded bytes apart, and reads the same values with gzip off', async () => {
    const zipped = await run({ gzip: true });
    const plain = await run({ gzip: false });
    expect(zipped.values).toBeGreaterThan(0);
    expect(plain.values).toBe(zipped.values);
    expect(plain.bytes).toBe(zipped.bytes);
    expect(plain.wireBytes).toBe(plain.bytes);
    expect(zipped.wireBytes).toBeGreaterThan(0);
    expect(zipped.wireBytes).toBeLessThan(zipped.bytes / 4);
  });

  it('reads full-field JSON with selectedFields off: the same values in more bytes', async () => {
    const lean = await run({ gzip: false, selectedFields: true });
    const full = await run({ gzip: false, selectedFields: false });
    expect(full.values).toBe(lean.values);
    expect(full.bytes).toBeGreaterThan(lean.bytes * 1.2);
  });

  it('gives the embedded mock the profile bandwidth while the run reads, and puts it back after', async () => {
    const before = currentWorld().options.bandwidthBitsPerSecond;
    let during: number | null = null;
    await run({ networkProfile: 'lan' }, (e) => {
      if (e.type === 'mode-started') during = currentWorld().options.bandwidthBitsPerSecond;
    });
    expect(during).toBe(NETWORK_PROFILES.lan.bandwidthBitsPerSecond);
    expect(currentWorld().options.bandwidthBitsPerSecond).toBe(before);
  });
});
