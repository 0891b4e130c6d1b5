import Link from 'next/link';
import { formatCount, formatDateTime, formatDuration, formatSpeedup } from '@/lib/client';
import type { ExtractionModeName, RunHistoryItem } from '@/lib/api-contract';
import { modesText, profileText } from '../run/describe-run';
import { RepeatList } from '../run/repeat-list';

interface HistoryTableProps {
  items: readonly RunHistoryItem[];
  selected: readonly string[];
  onToggle: (runId: string) => void;
}

const STATUS_TEXT: Record<RunHistoryItem['status'], string> = { running: 'running', finished: 'finished', failed: 'failed', cancelled: 'cancelled' };

const shortFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** "7 Dec, 14:34:15": the year says nothing in a demo's history and costs the table its width at 1366 px. */
function shortDateTime(epochMs: number): string {
  return shortFormat.format(epochMs);
}

/**
 * Network, injected faults (only when there were any), modes, partitions, and the sequential
 * budget only where sequential ran (a batch-only run has none): short enough for two lines.
 */
function settingsDetail(item: RunHistoryItem): string {
  const parts = [profileText(item.settings)];
  if (item.settings.faultRate > 0) parts.push(`${Math.round(item.settings.faultRate * 100)} % faults`);
  parts.push(modesText(item.settings));
  if (item.settings.partitions > 1) parts.push(`${item.settings.partitions} partitions`);
  if (item.settings.modes.includes('sequential')) parts.push(`budget ${item.settings.sequentialBudgetSeconds} s`);
  return parts.join(' · ');
}

function modeCell(item: RunHistoryItem, mode: ExtractionModeName) {
  const m = item.figures?.modes.find((s) => s.mode === mode);
  if (!m) return <span className="muted">–</span>;
  if (m.timeBoxed && m.projection) {
    return (
      <>
        {formatDuration(m.projection.projectedMs)}
        <span className="cell-sub" title={`${formatCount(m.httpRequests)} requests measured`}>
          <span className="tag-projected">projected</span> from {formatCount(m.tagsLanded)} tags
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
            <th scope="col">
              {/* The ticks explain themselves (each is labelled, and the card above says what they do): the word would cost the table its width at 1366 px. */}
              <span className="visually-hidden">Compare</span>
            </th>
            <th scope="col">Started</th>
            <th scope="col">Tags and settings</th>
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
                  <span className="nowrap" title={started}>
                    {shortDateTime(item.startedAtMs)}
                  </span>
                  <span className="cell-sub mono">{item.runId}</span>
                </th>
                <td>
                  <span className="nowrap">
                    {item.settings.target === 'external' ? 'external server' : `${formatCount(item.settings.tier)} tags`}{' '}
                    <span className={`status-pill status-${item.status}`}>{STATUS_TEXT[item.status]}</span>
                  </span>
                  <span className="cell-sub history-settings">{settingsDetail(item)}</span>
                </td>
                <td className="num">{modeCell(item, 'sequential')}</td>
                <td className="num">{modeCell(item, 'batch')}</td>
                <td className="num">{modeCell(item, 'streamsets')}</td>
                <td className="num strong">
                  {item.figures?.speedup == null ? '–' : formatSpeedup(item.figures.speedup)}
                  {item.figures?.speedupIsProjection ? (
                    <span className="cell-sub">
                      <span className="tag-projected">projected</span>
                    </span>
                  ) : null}
                  <RepeatList figures={item.figures} />
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
