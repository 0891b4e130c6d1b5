'use client';

import { formatCount, formatDuration, formatSpeedup } from '@/lib/client';
import { NETWORK_PROFILES, type NetworkProfile, type RunHistoryItem } from '@/lib/api-contract';
import { hasMeasuredPartitions, SCENARIO_ONE, scenarioOne, type ModeScaling } from '@/lib/runs/partition-scaling';
import { SLA_MS } from '@/lib/runs/projections';
import { MODE_LABELS } from '../run/mode-labels';
import { Card } from '../ui/card';
import { PartitionsChart } from './partitions-chart';
import { countLabel, measuredPoints, slaFor } from './partitions-option';
import type { FinishedRun } from './performance-data';

/** Scenario 1 of the load-testing document: our measured ratio beside its claimed 10x, the claim labelled as its claim. */
function ScenarioOneNote({ items }: { items: readonly RunHistoryItem[] }) {
  const figure = scenarioOne(items);
  return (
    <p className="chart-notes scenario-one" data-testid="scenario-one">
      <strong>Scenario 1</strong> (10,000 tags, sequential, WAN, 1 vs 10 shares):{' '}
      {figure ? (
        <>
          measured <strong>{formatSpeedup(figure.ratio)}</strong> (1 share {formatDuration(figure.single.elapsedMs)}, run {figure.single.runId}; 10 shares{' '}
          {formatDuration(figure.split.elapsedMs)}, run {figure.split.runId}, {figure.split.processKind}).
        </>
      ) : (
        <>not measured yet: run 10,000 tags, sequential, WAN, once with 1 and once with 10 partitions.</>
      )}{' '}
      <span className="claim-label">
        The load-testing document claims {SCENARIO_ONE.claimedSpeedup}x (~15 min vs ~1.5 min): its claim, not a measurement.
      </span>
    </p>
  );
}

export function PartitionsCard({ run, series, items, scaleNote, fileName }: { run: FinishedRun; series: readonly ModeScaling[]; items: readonly RunHistoryItem[]; scaleNote: string; fileName: string }) {
  const tier = run.settings.tier;
  const where = `${formatCount(tier)} tags, ${NETWORK_PROFILES[run.settings.networkProfile as NetworkProfile]?.label ?? run.settings.networkProfile}${run.settings.faultRate > 0 ? `, ${run.settings.faultRate * 100} % faults` : ''}`;
  const slaMs = slaFor(tier, SLA_MS);
  return (
    <Card
      title="Partitions: 1, 2, 5, 10 or 20 shares as real processes"
      subtitle={`Runs at ${where} that measured each share count (no other tier's or profile's run is used). Marks: ideal scaling of the measured 1-share time, a reference only.${slaMs === null ? '' : ' ✓ within, ✗ over the SLA (tinted).'}${scaleNote}`}
    >
      {hasMeasuredPartitions(series) ? (
        <PartitionsChart series={series} slaMs={slaMs} tier={tier} fileName={fileName} />
      ) : (
        <p className="chart-empty" data-testid="partitions-none">
          No run at {where} has measured more than one share yet. Run this tier and profile with 2, 5, 10 or 20 partitions to see how it scales.
        </p>
      )}
      <ul className="chart-notes">
        {series.map((s) => {
          const measured = measuredPoints(s);
          return (
            <li key={s.mode}>
              <strong>{MODE_LABELS[s.mode]}:</strong>{' '}
              {measured.length === 0 ? 'no complete run measured' : `measured with ${measured.map((p) => countLabel(p.partitions)).join(', ')}`}
            </li>
          );
        })}
      </ul>
      <ScenarioOneNote items={items} />
    </Card>
  );
}
