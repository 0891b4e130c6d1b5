/**
 * Our side of each claim, from the latest finished run (and bronze for sampling): the figure,
 * whether it was measured or projected, and what it rests on. Pure, so every sentence is tested.
 */
import { formatCount, formatDuration, formatSpeedup } from '@/lib/client';
import { ENTERPRISE_TAG_COUNT, projectToTags, SLA_MS, timeBoxLabel } from '@/lib/runs/projections';
import type { ModeSummary, RunHistoryItem } from '@/lib/api-contract';
import type { ClaimTopic } from './seed-claims';

export interface MeasuredFigure {
  text: string;
  kind: 'measured' | 'projected' | 'missing';
  /** What the figure rests on (the run, or the projection's basis). */
  basis: string;
}

export interface MeasuredInputs {
  /** Finished runs, newest first: each claim takes its figure from the newest run that measured it. */
  runs: readonly RunHistoryItem[];
  /** Median sampling interval across every tag in bronze; null when unknown. */
  medianIntervalSeconds: number | null;
  intervalCount: number | null;
}

const NO_RUN: MeasuredFigure = { text: 'Not measured yet', kind: 'missing', basis: 'run batch and sequential on the Run page first' };

function mode(run: RunHistoryItem, name: ModeSummary['mode']): ModeSummary | undefined {
  return run.figures?.modes.find((m) => m.mode === name);
}

/** A time-boxed mode's whole-set requests at its measured requests per tag. */
function wholeSetRequests(m: ModeSummary): { requests: number; projected: boolean } {
  if (m.timeBoxed && m.projection && m.projection.basisTags > 0) {
    return { requests: Math.round((m.httpRequests * m.projection.totalTags) / m.projection.basisTags), projected: true };
  }
  return { requests: m.httpRequests, projected: false };
}

function runBasis(run: RunHistoryItem): string {
  return `run ${run.runId}, ${formatCount(run.settings.tier)} tags, ${run.settings.networkProfile}`;
}

function slaFigure(run: RunHistoryItem): MeasuredFigure {
  const seq = mode(run, 'sequential');
  const fast = mode(run, 'batch') ?? mode(run, 'streamsets');
  const parts: string[] = [];
  let projected = false;
  for (const m of [seq, fast]) {
    const p = m ? projectToTags(m) : null;
    if (!m || !p) continue;
    projected ||= p.isProjection;
    // A partitioned mode's rate is already all its shares together: never multiplied by the count again.
    const shares = (m.partitions ?? 1) > 1 ? ` (${m.partitions} shares)` : '';
    parts.push(`${m.mode}${shares} ${formatDuration(p.elapsedMs)} ${p.feasible ? '✓' : '✗'}`);
  }
  if (parts.length === 0) return NO_RUN;
  return {
    text: `${formatCount(ENTERPRISE_TAG_COUNT)} tags against ${formatDuration(SLA_MS)}: ${parts.join('; ')}`,
    kind: projected ? 'projected' : 'measured',
    basis: projected ? `projected from the measured rates of the ${runBasis(run)}` : runBasis(run),
  };
}

/** Our figure for a claim from the newest run that has one (a batch-only run cannot state a speed-up; an older run may). */
export function measuredFigure(topic: ClaimTopic, inputs: MeasuredInputs): MeasuredFigure {
  let first: MeasuredFigure | null = null;
  for (const run of inputs.runs) {
    const figure = figureOfRun(topic, run, inputs);
    if (figure.kind !== 'missing') return figure;
    first ??= figure;
  }
  return first ?? figureOfRun(topic, null, inputs);
}

function figureOfRun(topic: ClaimTopic, run: RunHistoryItem | null, inputs: MeasuredInputs): MeasuredFigure {
  if (topic === 'sampling') {
    if (inputs.medianIntervalSeconds === null) return { text: 'Not measured yet', kind: 'missing', basis: 'no values in bronze: run an extraction first' };
    return {
      text: `Median interval between recorded values: ${formatCount(inputs.medianIntervalSeconds)} s`,
      kind: 'measured',
      basis: `every tag in bronze${inputs.intervalCount === null ? '' : `, ${formatCount(inputs.intervalCount)} intervals`}`,
    };
  }
  if (!run || !run.figures) return NO_RUN;
  const seq = mode(run, 'sequential');
  const batch = mode(run, 'batch');
  const fast = batch ?? mode(run, 'streamsets');
  switch (topic) {
    case 'tag-scale': {
      if (!fast) return NO_RUN;
      return { text: `${formatCount(fast.tagsLanded)} of ${formatCount(fast.tagsTotal)} tags read by ${fast.mode} in ${formatDuration(fast.elapsedMs)}`, kind: 'measured', basis: runBasis(run) };
    }
    case 'speedup': {
      if (run.figures.speedup === null || !seq || !fast) return { ...NO_RUN, basis: 'needs sequential and batch in the same run' };
      const seqText = seq.timeBoxed && seq.projection ? `${formatDuration(seq.projection.projectedMs)} (${timeBoxLabel(seq.projection.basisTags, seq.projection.totalTags)})` : formatDuration(seq.elapsedMs);
      return {
        text: `${formatSpeedup(run.figures.speedup)}: sequential ${seqText} vs ${fast.mode} ${formatDuration(fast.elapsedMs)}`,
        kind: run.figures.speedupIsProjection ? 'projected' : 'measured',
        basis: runBasis(run),
      };
    }
    case 'requests': {
      if (!seq || !fast) return { ...NO_RUN, basis: 'needs sequential and batch in the same run' };
      const whole = wholeSetRequests(seq);
      return {
        text: `${formatCount(whole.requests)} sequential vs ${formatCount(fast.httpRequests)} ${fast.mode}: ${formatSpeedup(whole.requests / Math.max(1, fast.httpRequests))} fewer`,
        kind: whole.projected ? 'projected' : 'measured',
        basis: whole.projected ? `sequential projected at its measured requests per tag; ${runBasis(run)}` : runBasis(run),
      };
    }
    case 'sla':
      return slaFigure(run);
    case 'generation': {
      if (!fast) return NO_RUN;
      return { text: `${formatCount(fast.values)} values in ${formatDuration(fast.elapsedMs)} (${formatCount(fast.valuesPerSecond)} values/s, ${fast.mode})`, kind: 'measured', basis: runBasis(run) };
    }
    case 'af':
      return run.figures.afElements === null
        ? { ...NO_RUN, basis: 'the latest run did not land assets' }
        : { text: `${formatCount(run.figures.afElements)} AF elements landed, the whole hierarchy`, kind: 'measured', basis: runBasis(run) };
    case 'event-frames':
      return run.figures.eventFrames === null
        ? { ...NO_RUN, basis: 'the latest run did not land assets' }
        : { text: `${formatCount(run.figures.eventFrames)} event frames landed`, kind: 'measured', basis: runBasis(run) };
  }
}
