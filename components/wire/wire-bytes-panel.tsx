'use client';

import { formatCount, formatPercent, compareRuns, findCounterpart, formatBytes, wireRows, type WireSetting } from '@/lib/client';
import type { RunHistoryItem } from '@/lib/api-contract';

const MODE_NAMES = { sequential: 'Sequential', batch: 'Batch', streamsets: 'Stream sets' } as const;

const HOW_TO_MEASURE: Record<WireSetting, string> = {
  gzip: 'What gzip saves: not measured yet. Run the same setup again with gzip off to measure it.',
  selectedFields: 'What selectedFields saves: not measured yet. Run the same setup again with selectedFields off to measure it.',
};

function Comparison({ run, history, setting }: { run: RunHistoryItem; history: readonly RunHistoryItem[]; setting: WireSetting }) {
  const counterpart = findCounterpart(run, history, setting);
  const rows = counterpart ? compareRuns(run, counterpart, setting) : [];
  if (!counterpart || rows.length === 0) return <li className="muted">{HOW_TO_MEASURE[setting]}</li>;
  const what = setting === 'gzip' ? 'on the wire' : 'decoded';
  return (
    <li>
      <strong>{setting}</strong> (measured against run <span className="mono">{counterpart.runId}</span>, made the other way):{' '}
      {rows
        .map(
          (r) =>
            `${MODE_NAMES[r.mode]} ${r.onBytesPerValue.toFixed(1)} B/value ${what} with it, ${r.offBytesPerValue.toFixed(1)} without ` +
            `(${formatPercent(r.bytesSaved)} saved), ${formatCount(r.onValuesPerSecond)} vs ${formatCount(r.offValuesPerSecond)} values/s`,
        )
        .join('; ')}
    </li>
  );
}

interface WireBytesPanelProps {
  run: RunHistoryItem;
  /** Past runs, newest first: where a run made the other way is looked for. */
  history: readonly RunHistoryItem[];
}

/**
 * Per mode, the response bytes the connector received and decoded in this run (both counted by
 * the client), and what gzip and selectedFields save where a comparable run measured the other way.
 */
export function WireBytesPanel({ run, history }: WireBytesPanelProps) {
  const rows = wireRows(run.figures?.modes ?? []);
  if (rows.length === 0) return null;
  const asked = `gzip ${run.settings.gzip ? 'on' : 'off'}, selectedFields ${run.settings.selectedFields ? 'on' : 'off'}`;
  return (
    <div className="wire-panel" data-testid="wire-bytes">
      <table className="wire-table">
        <caption className="visually-hidden">Bytes on the wire per mode</caption>
        <thead>
          <tr>
            <th scope="col">Mode ({asked})</th>
            <th scope="col">On the wire</th>
            <th scope="col">Decoded</th>
            <th scope="col">Wire smaller by</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.mode}>
              <th scope="row">{MODE_NAMES[r.mode]}</th>
              <td>{r.wireBytes === null ? 'not counted in this run' : formatBytes(r.wireBytes)}</td>
              <td>{formatBytes(r.decodedBytes)}</td>
              <td>{r.shrink === null ? '–' : `${r.shrink.toFixed(1)}×`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="chart-notes">
        <Comparison run={run} history={history} setting="gzip" />
        <Comparison run={run} history={history} setting="selectedFields" />
      </ul>
    </div>
  );
}
