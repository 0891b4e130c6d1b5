'use client';

import { useState } from 'react';
import { formatCount } from '@/lib/client';
import { formatHumanSeconds } from '../charts/human-time';
import { Button } from '../ui/button';
import { ErrorNotice } from '../ui/error-notice';
import { NoFrames } from './frame-templates-chart';
import { formatAttribute } from './format-attribute';
import { NO_TEMPLATE } from './timeline-option';
import { useFrameDetails } from './use-frame-details';

/** Rows per page: one screen at 1366x768 without the table scrolling inside itself. */
export const FRAME_PAGE_SIZE = 10;
const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

/** The frames themselves, newest first, with every attribute value, a page at a time. */
export function FrameTable({ asset, template }: { asset: number; template: string | null }) {
  const [page, setPage] = useState({ template, offset: 0 });
  // A new filter starts again at the first page.
  const offset = page.template === template ? page.offset : 0;
  const { data, error, isPending, isPlaceholderData, refetch } = useFrameDetails(asset, template, offset, FRAME_PAGE_SIZE);

  if (error) return <ErrorNotice title="Event frames could not be loaded" message={error.message} onRetry={() => void refetch()} />;
  if (isPending) return <div className="chart-skeleton" style={{ height: 240 }} role="status" aria-label="Loading" />;
  if (data.frames.length === 0 && offset === 0) {
    return (
      <div className="chart-empty">
        <p>{template ? `No ${template} frames in bronze.` : <NoFrames />}</p>
      </div>
    );
  }
  const first = offset + 1;
  const last = offset + data.frames.length;
  return (
    <div className="frame-table-wrap" aria-busy={isPlaceholderData}>
      <table className="frame-table" aria-label="Event frames">
        <thead>
          <tr>
            <th scope="col">Frame</th>
            <th scope="col">Template</th>
            <th scope="col">Start</th>
            <th scope="col">Duration</th>
            <th scope="col">Severity</th>
            <th scope="col">Attributes</th>
          </tr>
        </thead>
        <tbody>
          {data.frames.map((frame) => (
            <tr key={frame.webId}>
              <th scope="row" className="frame-name">
                {frame.name}
              </th>
              <td>{frame.templateName ?? NO_TEMPLATE}</td>
              <td className="frame-time">{timeFormat.format(frame.startMs)}</td>
              <td>
                {frame.endMs === null ? (
                  <span className="badge badge-live">in progress</span>
                ) : frame.durationSeconds === null ? (
                  '–'
                ) : (
                  formatHumanSeconds(frame.durationSeconds)
                )}
              </td>
              <td>{frame.severity ?? '–'}</td>
              <td>
                <dl className="frame-attributes">
                  {Object.entries(frame.attributes).map(([name, value]) => (
                    <div key={name}>
                      <dt>{name}</dt>
                      <dd>{formatAttribute(value)}</dd>
                    </div>
                  ))}
                </dl>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav className="pager" aria-label="Event frame pages">
        <span aria-live="polite">
          Frames {formatCount(first)}–{formatCount(last)}
        </span>
        <Button variant="secondary" disabled={offset === 0} onClick={() => setPage({ template, offset: Math.max(0, offset - FRAME_PAGE_SIZE) })}>
          Previous
        </Button>
        <Button variant="secondary" disabled={!data.hasMore} onClick={() => setPage({ template, offset: offset + FRAME_PAGE_SIZE })}>
          Next
        </Button>
      </nav>
    </div>
  );
}
