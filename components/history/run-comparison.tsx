import { formatDateTime } from '@/lib/client';
import type { RunHistoryItem } from '@/lib/api-contract';
import { compareRows } from './compare-rows';

/** Two runs side by side; the ratio column is B ÷ A. */
export function RunComparison({ a, b }: { a: RunHistoryItem; b: RunHistoryItem }) {
  const rows = compareRows(a, b);
  return (
    <div className="table-scroll">
      <table className="runs-table compare-table" data-testid="history-comparison">
        <caption className="visually-hidden">Run A compared with run B</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" className="num">
              A · {formatDateTime(a.startedAtMs)}
            </th>
            <th scope="col" className="num">
              B · {formatDateTime(b.startedAtMs)}
            </th>
            <th scope="col" className="num">
              B ÷ A
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} className={row.differs ? 'row-differs' : undefined}>
              <th scope="row">{row.label}</th>
              <td className="num">{row.a}</td>
              <td className="num">{row.b}</td>
              <td className="num strong">{row.ratio ?? (row.differs ? 'differs' : '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
