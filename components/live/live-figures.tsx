'use client';

import { formatCount } from '@/lib/client';
import type { LiveFigures as Figures } from '@/lib/api-contract';
import { Stat } from '../ui/stat';

const ms = (v: number | null) => (v === null ? '–' : formatCount(Math.round(v)));

/** The tail's figures from its latest event: rate, lag, sockets, reconnects, back-fills. */
export function LiveFigures({ figures, valuesPerSecond }: { figures: Figures; valuesPerSecond: number | null }) {
  return (
    <dl className="stats">
      <Stat label="Values landed per second (last second)" value={valuesPerSecond === null ? '–' : formatCount(Math.round(valuesPerSecond))} unit="values/s" testId="live-values-per-second" size="hero" />
      <Stat label="Lag p50, value timestamp to landed row" value={ms(figures.lagP50Ms)} unit="ms" testId="live-lag-p50" />
      <Stat label="Lag p95" value={ms(figures.lagP95Ms)} unit="ms" testId="live-lag-p95" />
      <Stat label="Values landed through channels" value={formatCount(figures.valuesLanded)} testId="live-values-landed" />
      <Stat label="Sockets open" value={`${figures.socketsOpen} / ${figures.sockets}`} testId="live-sockets" />
      <Stat label="Reconnects" value={formatCount(figures.reconnects)} testId="live-reconnects" />
      <Stat label="Back-filled values (recorded reads after a reconnect)" value={formatCount(figures.backfilledValues)} testId="live-backfilled" />
      <Stat label="Start-up values (recorded reads from the checkpoints)" value={formatCount(figures.initialValues)} testId="live-initial" />
      {figures.lastError ? <Stat label="Last socket event" value={figures.lastError} size="wide" testId="live-last-error" /> : null}
    </dl>
  );
}
