import { describe, expect, it } from 'vitest';
import { runHistoryItem, type ModeSummary, type RunHistoryItem, type RunSettingsInput } from '../api-contract';
import { compareRuns, findCounterpart, formatBytes, wireRows } from './wire-figures';

function mode(mode: ModeSummary['mode'], values: number, bytes: number, wireBytes: number | undefined, valuesPerSecond: number): ModeSummary {
  return {
    mode,
    tagsTotal: 1040,
    tagsLanded: 1040,
    tagsFailed: 0,
    values,
    httpRequests: 11,
    bytes,
    ...(wireBytes === undefined ? {} : { wireBytes }),
    elapsedMs: 1000,
    valuesPerSecond,
    retries: 0,
    failedTags: [],
    timeBoxed: false,
    projection: null,
  };
}

function run(runId: string, settings: RunSettingsInput, modes: ModeSummary[], status: RunHistoryItem['status'] = 'finished'): RunHistoryItem {
  return runHistoryItem.parse({
    runId,
    status,
    startedAtMs: 0,
    finishedAtMs: 1,
    settings: { modes: modes.map((m) => m.mode), ...settings },
    figures: { modes, speedup: null, speedupIsProjection: false, afElements: null, eventFrames: null },
  });
}

describe('wireRows', () => {
  it('says how much smaller the wire was, and nothing for runs that did not count it', () => {
    expect(wireRows([mode('batch', 100, 5000, 400, 1), mode('sequential', 100, 5000, undefined, 1)])).toEqual([
      { mode: 'batch', values: 100, wireBytes: 400, decodedBytes: 5000, shrink: 12.5 },
      { mode: 'sequential', values: 100, wireBytes: null, decodedBytes: 5000, shrink: null },
    ]);
  });
});

describe('findCounterpart and compareRuns', () => {
  const zipped = run('a', { gzip: true }, [mode('batch', 1000, 40_000, 4_000, 50_000)]);
  const plain = run('b', { gzip: false }, [mode('batch', 2000, 80_000, 80_000, 20_000)]);
  const fullFields = run('c', { selectedFields: false }, [mode('batch', 1000, 90_000, 7_000, 30_000)]);
  const otherTier = run('d', { gzip: false, tier: 128 }, [mode('batch', 1000, 40_000, 40_000, 20_000)]);
  const beforeCounting = run('e', { gzip: false }, [mode('batch', 1000, 40_000, undefined, 20_000)]);

  it('finds the newest comparable run made the other way, and only one whose wire bytes were measured', () => {
    const history = [otherTier, beforeCounting, fullFields, plain, zipped];
    expect(findCounterpart(zipped, history, 'gzip')?.runId).toBe('b');
    expect(findCounterpart(zipped, history, 'selectedFields')?.runId).toBe('c');
    expect(findCounterpart(zipped, [otherTier, beforeCounting, zipped], 'gzip')).toBeNull();
    expect(findCounterpart(beforeCounting, history, 'gzip')).toBeNull();
  });

  it('ignores a run still going', () => {
    const running = run('f', { gzip: false }, [mode('batch', 10, 400, 400, 1)], 'running');
    expect(findCounterpart(zipped, [running], 'gzip')).toBeNull();
  });

  it('compares gzip on wire bytes per value, whichever of the two is shown', () => {
    const expected = [{ mode: 'batch', onBytesPerValue: 4, offBytesPerValue: 40, bytesSaved: 0.9, onValuesPerSecond: 50_000, offValuesPerSecond: 20_000 }];
    expect(compareRuns(zipped, plain, 'gzip')).toEqual(expected);
    expect(compareRuns(plain, zipped, 'gzip')).toEqual(expected);
  });

  it('compares selectedFields on decoded bytes per value', () => {
    const [row] = compareRuns(zipped, fullFields, 'selectedFields');
    expect(row?.onBytesPerValue).toBe(40);
    expect(row?.offBytesPerValue).toBe(90);
    expect(row?.bytesSaved).toBeCloseTo(5 / 9, 10);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [950, '950 B'],
    [1536, '1.5 KiB'],
    [14_050_000, '13.4 MiB'],
    [230_400_000, '219.7 MiB'],
    [Number.NaN, '–'],
  ])('%d -> %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
