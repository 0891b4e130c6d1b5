/**
 * "The scanner stays optimised" as a check that can fail (as fast-json-stringify's deopt test
 * does): the probe is bundled as production runs it (one esbuild file: no tsx getters around
 * imports) and run under `--allow-natives-syntax`; each hot function must reach TurboFan after
 * warming on every input shape and keep it over 50 more rounds of the same inputs. To see why a
 * function fails: add `--trace-deopt` to the node flags below.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bundleForNode } from '../../../build';
import { isTurbofanned } from '../../test-support/v8-optimization-status';

const probeReport = z.array(
  z.object({ name: z.string(), optimizedStatus: z.int(), finalStatus: z.int(), deoptimizedAt: z.string().nullable() }),
);
type ProbeReport = z.infer<typeof probeReport>;

const HOT_FUNCTIONS = ['scanTimedValues', 'scanRecordedEnvelope', 'skipWhitespaceAt', 'booleanAt', 'numberAt', 'parseIsoTimestampBytes'];

describe('the scanner hot functions under V8', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'scan-deopt-'));
  let report: ProbeReport = [];

  beforeAll(async () => {
    const bundle = path.join(dir, 'probe.cjs');
    await bundleForNode({ entry: path.join(__dirname, '../../test-support/scan-deopt-probe.ts'), outFile: bundle });
    // Without concurrent recompilation, tiering during warm-up finishes before the probe asks for
    // TurboFan, so a background job in flight never reads as "not optimised".
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--no-concurrent-recompilation', bundle], { encoding: 'utf8', timeout: 60_000 });
    if (run.status !== 0) throw new Error(`the probe failed (${run.status ?? run.signal}): ${run.stderr}`);
    report = probeReport.parse(JSON.parse(run.stdout));
  }, 90_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports every hot function', () => {
    expect(report.map((r) => r.name)).toEqual(HOT_FUNCTIONS);
  });

  it.each(HOT_FUNCTIONS)('%s reaches TurboFan and stays there', (name) => {
    const entry = report.find((r) => r.name === name);
    expect(entry?.deoptimizedAt, `${name} deoptimised`).toBeNull();
    expect(isTurbofanned(entry?.optimizedStatus ?? 0), `status ${entry?.optimizedStatus} after optimising`).toBe(true);
    expect(isTurbofanned(entry?.finalStatus ?? 0), `status ${entry?.finalStatus} after 50 rounds`).toBe(true);
  });
});
