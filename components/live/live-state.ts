/**
 * Folds the Live page's events into what it draws: the figures of the latest tick and, per watched
 * tag, the values of the last two minutes. Every number comes from an event.
 */
import type { LiveEvent, LiveFigures } from '@/lib/api-contract';

/** The chart's time span: the newest value and two minutes before it. */
export const LIVE_CHART_SPAN_MS = 120_000;

export interface TagLine {
  key: number;
  name: string;
  tsMs: number[];
  value: (number | null)[];
}

export interface LiveState {
  status: 'idle' | 'starting' | 'live' | 'finished' | 'failed';
  sessionId: string | null;
  tier: number | null;
  tagCount: number | null;
  figures: LiveFigures | null;
  valuesPerSecond: number | null;
  lines: TagLine[];
  error: string | null;
}

export const IDLE_LIVE_STATE: LiveState = { status: 'idle', sessionId: null, tier: null, tagCount: null, figures: null, valuesPerSecond: null, lines: [], error: null };

export function startingState(sessionId: string): LiveState {
  return { ...IDLE_LIVE_STATE, status: 'starting', sessionId };
}

function appendPoints(lines: TagLine[], points: Extract<LiveEvent, { type: 'tick' }>['points']): TagLine[] {
  const next = lines.map((line) => {
    const p = points.find((q) => q.key === line.key);
    if (!p || p.tsMs.length === 0) return line;
    const tsMs = [...line.tsMs, ...p.tsMs];
    const value = [...line.value, ...p.value];
    const from = (tsMs.at(-1) ?? 0) - LIVE_CHART_SPAN_MS;
    let cut = 0;
    while (cut < tsMs.length && tsMs[cut]! < from) cut++;
    return { ...line, tsMs: tsMs.slice(cut), value: value.slice(cut) };
  });
  return next;
}

export function liveReducer(state: LiveState, event: LiveEvent): LiveState {
  switch (event.type) {
    case 'started':
      return {
        ...state,
        status: 'live',
        sessionId: event.sessionId,
        tier: event.tier,
        tagCount: event.tagCount,
        lines: event.watched.map((w) => ({ key: w.key, name: w.name, tsMs: [], value: [] })),
      };
    case 'tick':
      return { ...state, status: 'live', figures: event.figures, valuesPerSecond: event.valuesPerSecond, lines: appendPoints(state.lines, event.points) };
    case 'finished':
      return { ...state, status: 'finished', figures: event.figures, valuesPerSecond: event.valuesPerSecond };
    case 'failed':
      return { ...state, status: 'failed', error: event.message };
  }
}
