'use client';

import type { RunState } from '@/lib/client';
import type { ModeSummary } from '@/lib/api-contract';
import { ModeTimeChart } from '../performance/mode-time-chart';

/** The modes the chart can show now, and what they are. */
function chartModes(state: RunState): { modes: readonly ModeSummary[]; caption: string } | null {
  const of = state.repeat?.of ?? 1;
  if (state.phase === 'finished' && state.figures && state.figures.modes.length > 0) {
    return { modes: state.figures.modes, caption: of > 1 ? `Time per mode: median repeat of ${of}` : 'Measured time per mode' };
  }
  const current = state.modes.flatMap((m) => (m.summary ? [m.summary] : []));
  const repeatText = of > 1 && state.repeat ? `, repeat ${state.repeat.current} of ${of}` : '';
  if (current.length > 0) return { modes: current, caption: `Measured time per mode so far${repeatText}` };
  const last = state.repeats.at(-1);
  if (last && last.modes.length > 0) return { modes: last.modes, caption: `Measured time per mode, repeat ${state.repeats.length} of ${of}` };
  return null;
}

/** The result chart, in place from the start of a run so the layout never jumps: it fills in as modes finish. */
export function RunResultChart({ state }: { state: RunState }) {
  const shown = chartModes(state);
  return (
    <figure className="run-result-chart" data-testid="run-result-chart" aria-label="Result chart">
      <figcaption className="run-result-caption">{shown ? shown.caption : 'Measured time per mode'}</figcaption>
      {shown ? (
        <ModeTimeChart modes={shown.modes} fileName={`time-per-mode-${state.runId ?? 'run'}`} />
      ) : (
        <div className="run-chart-placeholder">
          <p>{state.phase === 'idle' ? 'Appears with the first run.' : 'Fills in as each mode finishes.'}</p>
        </div>
      )}
    </figure>
  );
}
