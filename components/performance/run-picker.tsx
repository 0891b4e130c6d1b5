'use client';

import { useRouter } from 'next/navigation';
import { useId } from 'react';
import { formatDateTime } from '@/lib/client';
import type { RunHistoryItem } from '@/lib/api-contract';
import { describeRun } from '../run/describe-run';
import { isFinished } from './performance-data';

interface RunPickerProps {
  items: readonly RunHistoryItem[];
  selectedRunId: string;
  /** Page the choice navigates to, with `?run=<id>`. */
  basePath: string;
}

/** Which finished run a page shows: the latest by default, any other from history. */
export function RunPicker({ items, selectedRunId, basePath }: RunPickerProps) {
  const router = useRouter();
  const id = useId();
  const finished = items.filter(isFinished);
  return (
    <div className="run-picker">
      <label htmlFor={id} className="field-label">
        Run shown
      </label>
      <select
        id={id}
        className="select-input run-picker-select"
        value={selectedRunId}
        onChange={(e) => router.replace(`${basePath}?run=${encodeURIComponent(e.target.value)}`, { scroll: false })}
      >
        {finished.map((item, i) => (
          <option key={item.runId} value={item.runId}>
            {i === 0 ? 'Latest: ' : ''}
            {formatDateTime(item.startedAtMs)} · {describeRun(item.settings)}
          </option>
        ))}
      </select>
    </div>
  );
}
