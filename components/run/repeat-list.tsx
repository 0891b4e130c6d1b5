import { formatDuration, formatSpeedup } from '@/lib/client';
import type { RepeatFigures, RunFigures } from '@/lib/api-contract';
import { MODE_LABELS } from './mode-labels';

function repeatDetail(repeat: RepeatFigures, index: number, of: number): string {
  const times = repeat.modes.map((m) => `${MODE_LABELS[m.mode]} ${formatDuration(m.timeBoxed && m.projection ? m.projection.projectedMs : m.elapsedMs)}${m.timeBoxed ? ' (projected)' : ''}`);
  const speedup = repeat.speedup === null ? 'no speed-up' : `speed-up ${formatSpeedup(repeat.speedup)}${repeat.speedupIsProjection ? ' (projected)' : ''}`;
  return `Repeat ${index + 1} of ${of}: ${speedup}; ${times.join(', ')}`;
}

/** Every repeat of a run with its own speed-up (History keeps them all); nothing for a single run. */
export function RepeatList({ figures }: { figures: RunFigures | null }) {
  const repeats = figures?.repeats ?? [];
  if (repeats.length < 2) return null;
  return (
    <ul className="repeat-list" aria-label={`${repeats.length} repeats`}>
      {repeats.map((repeat, i) => {
        const detail = repeatDetail(repeat, i, repeats.length);
        return (
          <li key={i} title={detail} aria-label={detail}>
            {repeat.speedup === null ? '–' : formatSpeedup(repeat.speedup)}
          </li>
        );
      })}
    </ul>
  );
}
