/** The performance charts say which figures are measured and which projected, and mark the SLA. */
import { describe, expect, it } from 'vitest';
import { projectToTags, type ScaleProjection } from '@/lib/runs/projections';
import type { ModeSummary } from '@/lib/runs/schemas';
import { paletteFor } from '../charts/chart-palette';
import { modeTimeBars, modeTimeOption } from './mode-time-option';
import { fade } from './mode-style';
import { partitionsOption } from './partitions-option';
import { feasibilityText, projectionOption } from './projection-option';
import { requestBars, requestsOption } from './requests-option';

const palette = paletteFor('light');

function summary(mode: ModeSummary['mode'], over: Partial<ModeSummary> = {}): ModeSummary {
  return { mode, tagsTotal: 30_240, tagsLanded: 30_240, tagsFailed: 0, values: 1, httpRequests: 303, bytes: 0, elapsedMs: 10_500, valuesPerSecond: 0, retries: 0, failedTags: [], timeBoxed: false, projection: null, ...over };
}

const batch = summary('batch');
const sequential = summary('sequential', {
  tagsLanded: 1_912,
  httpRequests: 1_913,
  elapsedMs: 3_756,
  timeBoxed: true,
  projection: { projectedMs: 59_400, basisTags: 1_912, totalTags: 30_240 },
});

type BarDatum = { value: number | string; label: { show?: boolean; formatter?: string } };
function dataOf(option: ReturnType<typeof modeTimeOption>, index: number): BarDatum[] {
  return (option.series as { data: BarDatum[] }[])[index]?.data ?? [];
}

describe('modeTimeOption', () => {
  const option = modeTimeOption(modeTimeBars([batch, sequential]), palette);

  it('draws measured seconds per mode', () => {
    expect(dataOf(option, 1).map((d) => [d.value, d.label.formatter])).toEqual([
      [10.5, '10.5 s'],
      [3.756, '3.8 s measured'],
    ]);
  });

  it('adds the time-boxed mode whole-set projection, labelled, and nothing for measured modes', () => {
    expect(dataOf(option, 0).map((d) => [d.value, d.label.show ?? false, d.label.formatter])).toEqual([
      [0, false, undefined],
      [59.4, true, '≈ 59.4 s projected'],
    ]);
    expect(modeTimeBars([sequential])[0]?.projection?.label).toBe('projected from 1,912 of 30,240 tags');
  });
});

describe('requestsOption', () => {
  it('projects requests of a time-boxed mode at its measured requests per tag', () => {
    const bars = requestBars([batch, sequential]);
    expect(bars.map((b) => [b.mode, b.measured, b.projection?.requests ?? null])).toEqual([
      ['batch', 303, null],
      ['sequential', 1_913, 30_256],
    ]);
    const option = requestsOption(bars, palette);
    expect((option.yAxis as { type: string }).type).toBe('log');
    expect(dataOf(option, 0)[1]?.label.formatter).toBe('≈ 30,256 projected');
    expect(dataOf(option, 1)[1]?.label.formatter).toBe('1,913 measured');
  });
});

describe('projectionOption', () => {
  // 19.64 ms per tag over 1,912 tags: 594 s for 30,240.
  const slowSequential = { ...sequential, elapsedMs: 37_560 };
  const rows = [batch, slowSequential].map((m) => projectToTags(m)).filter((r): r is ScaleProjection => r !== null);
  const option = projectionOption(rows, palette);
  const series = (option.series as { data: BarDatum[]; markLine: { data: { xAxis: number }[]; label: { formatter: string } } }[])[0];

  it('marks the batch measurement feasible and the sequential projection infeasible', () => {
    // Drawn bottom-up: the first mode (batch) ends on top.
    expect((option.yAxis as { data: string[] }).data).toEqual(['Sequential', 'Batch']);
    expect(series?.data.map((d) => d.label.formatter)).toEqual(['✗ 9 min 54 s projected (over 5 min)', '✓ 10.5 s measured (within 5 min)']);
  });

  it('draws the SLA at 300 s', () => {
    expect(series?.markLine.data).toEqual([{ xAxis: 300 }]);
    expect(series?.markLine.label.formatter).toBe('SLA 5 min');
  });

  it('says within or over', () => {
    expect(feasibilityText(300_000, 300_000, true)).toBe('✓ 5 min projected (within 5 min)');
    expect(feasibilityText(300_001, 300_000, false)).toBe('✗ 5 min measured (over 5 min)');
  });
});

describe('partitionsOption', () => {
  it('leaves a partition count without a figure empty and marks each bar', () => {
    const option = partitionsOption(
      [
        {
          mode: 'batch',
          figures: [
            { partitions: 1, tags: 30_240, elapsedMs: 600_000, feasible: false, isProjection: true, label: 'projection' },
            { partitions: 10, tags: 30_240, elapsedMs: 60_000, feasible: true, isProjection: false, label: 'measured with 10 partitions' },
          ],
        },
      ],
      [1, 10, 20],
      300_000,
      palette,
    );
    // Rows bottom-up: 20, 10, 1 partitions.
    expect((option.yAxis as { data: string[] }).data).toEqual(['20 partitions', '10 partitions', '1 partition']);
    expect(dataOf(option, 0).map((d) => [d.value, d.label.formatter ?? null])).toEqual([
      ['-', null],
      [60, '✓ 1 min measured'],
      [600, '✗ 10 min projected'],
    ]);
  });
});

describe('fade', () => {
  it('turns a hex colour into rgba with the alpha', () => {
    expect(fade('#0b5cad', 0.3)).toBe('rgba(11, 92, 173, 0.3)');
  });
});
