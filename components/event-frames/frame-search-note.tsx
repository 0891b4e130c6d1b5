'use client';

import { formatCount, formatDateTime } from '@/lib/client';
import { formatHumanSeconds } from '../charts/human-time';
import { useFrameSearch } from './use-frame-search';

const DAY_MS = 86_400_000;

/** "7 days", "1 day", else the human duration ("12 h"). */
export function spanText(ms: number): string {
  const days = ms / DAY_MS;
  if (Number.isInteger(days)) return days === 1 ? '1 day' : `${formatCount(days)} days`;
  return formatHumanSeconds(ms / 1000);
}

/**
 * Which frames the page shows: those of the last event-frame search, whose window is the run's
 * own (the week before its value window ends), not the value window, so nobody reads a week of
 * frames as the hour of values beside them.
 */
export function FrameSearchNote({ asset }: { asset: number }) {
  const { data, error } = useFrameSearch(asset);
  if (error || !data) return null;
  const { search } = data;
  if (!search) return <p className="source-note">Frames as landed in bronze; no record of the search that found them.</p>;
  return (
    <p className="frame-search-note" data-testid="ef-search-window">
      Frames of the <strong>{spanText(search.endMs - search.startMs)}</strong> before <strong>{formatDateTime(search.endMs)}</strong>: the
      window the last run searched for event frames, wider than the values it read, so frames show their whole spread.{' '}
      {formatCount(search.foundFrames)} found.
      {search.framesOutside > 0
        ? ` Bronze also holds ${formatCount(search.framesOutside)} older ${search.framesOutside === 1 ? 'frame' : 'frames'} from earlier searches: counted in the charts above the timeline, not drawn on it.`
        : ''}
    </p>
  );
}
