/** The performance charts: which scale each picks, what each label says, and that measured and projected never share a bar. */
import { describe, expect, it } from 'vitest';
import { projectToTags, type ScaleProjection } from '@/lib/runs/projections';
import type { ModeSummary } from '@/lib/api-contract';
import { paletteFor } from '../charts/chart-palette';
import { fade } from '../charts/colors';
import { toCsv } from '../charts/csv';
import { modeTimeBars, modeTimeOption, modeTimePlan } from './mode-time-option';
import { partitionsOption, partitionsPlan } from './partitions-option';
import { modeTimeCsv, partitionsCsv, projectionCsv } from './performance-csv';
import { feasibilityText, projectionOption, projectionPlan } from './projection-option';
import { requestBars, requestsOption, requestsPlan } from './requests-option';

const palette = paletteFor('light');

function summary(mode: ModeSummary['mode'], over: Partial<ModeSummary> = {}): ModeSummary {
  return { mode, tagsTotal: 30_240, tagsLanded: 30_240, tagsFailed: 0, values: 1, httpRequests: 303, bytes: 0, elapsedMs: 4_700, valuesPerSecond: 0, retries: 0, failedTags: [], timeBoxed: false, projection: null, ...over };
}

// The 30,240-tag run: batch 4.7 s, streamsets 4.3 s, sequential time-boxed at 28.5 s for 1,912 tags, ~20 minutes projected.
const batch = summary('batch');
const streamsets = summary('streamsets', { elapsedMs: 4_300 });
const sequential = summary('sequential', {
  tagsLanded: 1_912,
  httpRequests: 1_913,
  elapsedMs: 28_500,
  timeBoxed: true,
  projection: { projectedMs: 1_188_000, basisTags: 1_912, totalTags: 30_240 },
});
const modes = [batch, streamsets, sequential];

type Bar = { value: number | string; label?: { show?: boolean; formatter?: string; position?: unknown } };
/** The bars, each label without its leading row name (rich text `{name|Batch}  `), checked apart below. */
function bars(option: { series?: unknown }): Bar[] {
  const data = (option.series as { data: Bar[] }[])[0]?.data ?? [];
  return data.map((b) => (b.label?.formatter ? { ...b, label: { ...b.label, formatter: b.label.formatter.replace(/^\{name\|[^}]*\}  /, '') } } : b));
}
function rows(option: { yAxis?: unknown }): string[] {
  return (option.yAxis as { data: string[] }).data;
}

describe('modeTimeOption', () => {
  const option = modeTimeOption(modeTimeBars(modes), palette);

  it('goes logarithmic at 30,240 tags, so 4.3 s beside 20 minutes is a bar, not a hairline', () => {
    expect(modeTimePlan(modeTimeBars(modes))).toMatchObject({ scale: 'log', min: 0.5, max: 1_800 });
    expect(option.xAxis).toMatchObject({ type: 'log' });
  });

  it('stays linear when the modes are alike (1,040 tags on loopback)', () => {
    const alike = [summary('batch', { elapsedMs: 310 }), summary('sequential', { elapsedMs: 1_240 })];
    expect(modeTimeOption(modeTimeBars(alike), palette).xAxis).toMatchObject({ type: 'value', min: 0 });
  });

  it('gives the projection its own row, so "measured" never prints over the projected bar', () => {
    expect(rows(option)).toEqual(['Batch', 'Streamsets', 'Sequential', 'Sequential, all 30,240 tags']);
    expect(bars(option).map((b) => [b.value, b.label?.formatter])).toEqual([
      [4.7, '4.7 s'],
      [4.3, '4.3 s'],
      [28.5, '28.5 s for 1,912 tags'],
      [1_188, '≈ 19 min 48 s projected'],
    ]);
  });

  it('prints each label above its own bar, from the axis start, its row’s name first', () => {
    expect(bars(option).map((b) => b.label?.position)).toEqual(Array(4).fill([0, -3]));
    const raw = (option.series as { data: Bar[] }[])[0]?.data.map((b) => b.label?.formatter);
    expect(raw?.[3]).toBe('{name|Sequential}  ≈ 19 min 48 s projected');
    // The plot keeps the card's width: no names on the axis.
    expect(option.yAxis).toMatchObject({ axisLabel: { show: false } });
  });

  it('labels time ticks in human units', () => {
    const axis = option.xAxis as { axisLabel: { customValues: number[]; formatter: (v: number) => string } };
    expect(axis.axisLabel.customValues.map(axis.axisLabel.formatter)).toEqual(['500 ms', '10 s', '1 min', '30 min']);
  });

  it('exports the same figures as CSV, seconds and tags with what the projection rests on', () => {
    expect(toCsv(modeTimeCsv(modeTimeBars(modes))).split('\r\n')).toEqual([
      'mode,figure,time (s),tags,tags measured,basis',
      'Batch,measured,4.7,30240,30240,measured',
      'Streamsets,measured,4.3,30240,30240,measured',
      'Sequential,measured,28.5,1912,1912,measured',
      'Sequential,projected,1188,30240,1912,"projected from 1,912 of 30,240 tags"',
      '',
    ]);
  });
});

describe('requestsOption', () => {
  it('projects requests of a time-boxed mode at its measured requests per tag, on a log axis', () => {
    const requestRows = requestBars([batch, sequential]);
    expect(requestRows.map((b) => [b.mode, b.measured, b.projection?.requests ?? null])).toEqual([
      ['batch', 303, null],
      ['sequential', 1_913, 30_256],
    ]);
    expect(requestsPlan(requestRows).scale).toBe('log');
    const option = requestsOption(requestRows, palette);
    expect(option.xAxis).toMatchObject({ type: 'log' });
    expect(bars(option).map((b) => b.label?.formatter)).toEqual(['303 requests', '1,913 for 1,912 tags', '≈ 30,256 projected']);
  });

  it('stays linear for modes with similar counts', () => {
    expect(requestsPlan(requestBars([batch, streamsets])).scale).toBe('linear');
  });
});

describe('projectionOption', () => {
  const projections = modes.map((m) => projectToTags(m)).filter((r): r is ScaleProjection => r !== null);
  const option = projectionOption(projections, palette);

  it('marks measurements and projections against the SLA, on a log axis that reaches it', () => {
    expect(rows(option)).toEqual(['Batch', 'Streamsets', 'Sequential']);
    expect(bars(option).map((b) => b.label?.formatter)).toEqual([
      '✓ 4.7 s measured, within 5 min',
      '✓ 4.3 s measured, within 5 min',
      // 28.5 s for 1,912 tags: 14.9 ms a tag, 7 min 31 s for 30,240.
      '✗ 7 min 31 s projected, over 5 min',
    ]);
    expect(projectionPlan(projections)).toMatchObject({ scale: 'log' });
    expect((option.xAxis as { axisLabel: { customValues: number[] } }).axisLabel.customValues).toContain(300);
  });

  it('shades the time past the SLA and names it above the plot: no line runs through a label', () => {
    const series = (option.series as { markArea: { data: [{ xAxis: number }, { xAxis: number }][]; label: { formatter: string; position: unknown } }; markLine?: unknown }[])[0];
    expect(series?.markLine).toBeUndefined();
    expect(series?.markArea.data).toEqual([[{ xAxis: 300 }, { xAxis: projectionPlan(projections).max }]]);
    expect(series?.markArea.label).toMatchObject({ formatter: 'over the 5 min SLA', position: ['100%', -4] });
  });

  it('says within or over', () => {
    expect(feasibilityText(300_000, 300_000, true)).toBe('✓ 5 min projected, within 5 min');
    expect(feasibilityText(300_001, 300_000, false)).toBe('✗ 5 min measured, over 5 min');
  });

  it('exports the figures with the SLA and what each rests on', () => {
    expect(toCsv(projectionCsv(projections)).split('\r\n')[0]).toBe('mode,figure,tags,time (s),SLA (s),within SLA,basis');
  });
});

describe('partitionsOption', () => {
  const measured = (partitions: number, elapsedMs: number) => ({ partitions, runId: `r${partitions}`, elapsedMs, tags: 30_240, processKind: 'local-processes' as const });
  const series = [
    {
      mode: 'batch' as const,
      points: [
        { partitions: 1, measured: measured(1, 600_000), referenceMs: 600_000, speedup: 1 },
        { partitions: 2, measured: null, referenceMs: 300_000, speedup: null },
        { partitions: 10, measured: measured(10, 100_000), referenceMs: 60_000, speedup: 6 },
      ],
    },
  ];
  const option = partitionsOption(series, 300_000, palette);

  it('draws a row per measured share count only, the ideal line as reference marks', () => {
    expect(rows(option)).toEqual(['Batch · 1 share', 'Batch · 10 shares']);
    expect(bars(option).map((b) => [b.value, b.label?.formatter ?? null])).toEqual([
      [600, '✗ 10 min measured'],
      [100, '✓ 1 min 40 s measured · 6.0× vs 1 share'],
    ]);
    const list = Array.isArray(option.series) ? option.series : [];
    const reference = list.find((s) => s.type === 'scatter');
    expect(reference?.name).toContain('reference, not measured');
    expect(reference?.data).toEqual([[60, 'Batch · 10 shares']]);
  });

  it('leaves out the SLA zone off the 30,240-tier, and goes logarithmic past a 50x span', () => {
    expect(JSON.stringify(partitionsOption(series, null, palette))).not.toContain('SLA');
    expect(partitionsPlan(series, 300_000).scale).toBe('linear');
    const wide = [{ ...series[0]!, points: [...series[0]!.points, { partitions: 20, measured: measured(20, 240), referenceMs: 30_000, speedup: 2_500 }] }];
    expect(partitionsPlan(wide, 300_000).scale).toBe('log');
  });

  it('exports one CSV row per share count, measured or not', () => {
    expect(toCsv(partitionsCsv(series)).split('\r\n').slice(0, 3)).toEqual([
      'mode,shares,figure,tags,time (s),speed-up vs 1 share,run,process kind,ideal reference (s; not measured)',
      'Batch,1,measured,30240,600,1,r1,local-processes,600',
      'Batch,2,not measured,,,,,,300',
    ]);
  });
});

describe('fade', () => {
  it('turns a hex colour into rgba with the alpha', () => {
    expect(fade('#0b5cad', 0.3)).toBe('rgba(11, 92, 173, 0.3)');
  });
});
