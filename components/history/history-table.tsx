import Link from 'next/link';
import { formatCount, formatDateTime, formatDuration, formatSpeedup } from '@/lib/client/format';
import type { ExtractionModeName, RunHistoryItem } from '@/lib/runs/schemas';
import { modesText, profileText } from '../run/describe-run';

interface HistoryTableProps {
  items: readonly RunHistoryItem[];
  selected: readonly string[];
  onToggle: (runId: string) => void;
}

const STATUS_TEXT: Record<RunHistoryItem['status'], string> = { running: 'running', finished: 'finished', failed: 'failed', cancelled: 'cancelled' };

function modeCell(item: RunHistoryItem, mode: ExtractionModeName) {
  const m = item.figures?.modes.find((s) => s.mode === mode);
  if (!m) return <span className="muted">–</span>;
  if (m.timeBoxed && m.projection) {
    return (
      <>
        {formatDuration(m.projection.projectedMs)} <span className="tag-projected">projected</span>
        <span className="cell-sub">
          {formatCount(m.httpRequests)} requests, {formatCount(m.tagsLanded)} tags
        </span>
      </>
    );
  }
  return (
    <>
      {formatDuration(m.elapsedMs)}
      <span className="cell-sub">{formatCount(m.httpRequests)} requests</span>
    </>
  );
}

/** Every run, newest first, with its settings and figures; tick two to compare them. */
export function HistoryTable({ items, selected, onToggle }: HistoryTableProps) {
  return (
    <div className="table-scroll">
      <table className="runs-table history-table">
        <caption className="visually-hidden">Past runs, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Compare</th>
            <th scope="col">Started</th>
            <th scope="col">Status</th>
            <th scope="col">Tags</th>
            <th scope="col">Settings</th>
            <th scope="col" className="num">Sequential</th>
            <th scope="col" className="num">Batch</th>
            <th scope="col" className="num">Streamsets</th>
            <th scope="col" className="num">Speed-up</th>
            <th scope="col">
              <span className="visually-hidden">Performance page</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const checked = selected.includes(item.runId);
            const started = formatDateTime(item.startedAtMs);
            return (
              <tr key={item.runId} aria-selected={checked}>
                <td>
                  <input
                    type="checkbox"
                    className="compare-box"
                    checked={checked}
                    disabled={!checked && selected.length >= 2}
                    onChange={() => onToggle(item.runId)}
                    aria-label={`Compare the run started ${started}`}
                  />
                </td>
                <th scope="row">
                  <span className="nowrap">{started}</span>
                  <span className="cell-sub mono">{item.runId}</span>
                </th>
                <td>
                  <span className={`status-pill status-${item.status}`}>{STATUS_TEXT[item.status]}</span>
                </td>
                <td className="num">{item.settings.target === 'external' ? 'external' : formatCount(item.settings.tier)}</td>
                <td>
                  {profileText(item.settings)} · {Math.round(item.settings.faultRate * 100)}%
                  <span className="cell-sub">
                    {modesText(item.settings)}
                    {item.settings.partitions > 1 ? ` · ${item.settings.partitions} partitions` : ''} · budget {item.settings.sequentialBudgetSeconds} s
                  </span>
                </td>
                <td className="num">{modeCell(item, 'sequential')}</td>
                <td className="num">{modeCell(item, 'batch')}</td>
                <td className="num">{modeCell(item, 'streamsets')}</td>
                <td className="num strong">
                  {item.figures?.speedup == null ? '–' : formatSpeedup(item.figures.speedup)}
                  {item.figures?.speedupIsProjection ? <span className="tag-projected">projected</span> : null}
                </td>
                <td>
                  {item.status === 'finished' ? (
                    <Link href={`/performance?run=${encodeURIComponent(item.runId)}`} aria-label={`Performance charts of the run started ${started}`}>
                      Charts
                    </Link>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
