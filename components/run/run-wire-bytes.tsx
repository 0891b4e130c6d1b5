'use client';

import type { RunState } from '@/lib/client';
import { WireBytesPanel } from '../wire/wire-bytes-panel';
import { useRunHistory } from './use-run-history';

/** Bytes on the wire of the run on screen, once it has figures in the history (it finished). */
export function RunWireBytes({ state }: { state: RunState }) {
  const history = useRunHistory();
  const items = history.data?.items;
  const run = items?.find((item) => item.runId === state.runId && item.figures !== null);
  if (!items || !run) return null;
  return (
    <details className="wire-details">
      <summary>Bytes on the wire</summary>
      <WireBytesPanel run={run} history={items} />
    </details>
  );
}
