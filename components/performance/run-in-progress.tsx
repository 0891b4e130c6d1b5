'use client';

import type { RunHistoryItem } from '@/lib/api-contract';
import { RunPageLink } from '../charts/chart-state';
import { describeRun } from '../run/describe-run';

/** While a run is going the Performance page still shows a finished one: say so, and where the live one is. */
export function RunInProgress({ item }: { item: RunHistoryItem }) {
  return (
    <div className="perf-running" role="status" data-testid="perf-run-in-progress">
      <span className="badge badge-live">live</span>
      <p>
        A run is in progress ({describeRun(item.settings)}): its figures appear here when it ends. Follow it live on{' '}
        <RunPageLink />.
      </p>
    </div>
  );
}
