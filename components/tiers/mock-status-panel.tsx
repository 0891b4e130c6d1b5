'use client';

import { formatCount, formatGrid, formatMs } from '@/lib/client';
import { ErrorNotice } from '../ui/error-notice';
import { Stat } from '../ui/stat';
import { useMockStatus } from './use-mock-status';

const PLACEHOLDER = '…';

/** What the embedded mock serves right now, as the server reports it. */
export function MockStatusPanel() {
  const { data, error, isPending, refetch } = useMockStatus();

  if (error && !data) {
    return <ErrorNotice title="Mock status unavailable" message={error.message} onRetry={() => void refetch()} />;
  }
  return (
    <>
      <dl className="stats" aria-busy={isPending}>
        <Stat size="hero" label="Tags served" value={data ? formatCount(data.tagCount) : PLACEHOLDER} testId="mock-tag-count" />
        <Stat label="Tier built in" value={data ? formatMs(data.startupMs) : PLACEHOLDER} unit="ms" testId="mock-startup-ms" />
        <Stat label="Value interval" value={data ? formatCount(data.intervalSeconds) : PLACEHOLDER} unit="s" testId="mock-interval" />
        <Stat size="wide" label="Asset grid" value={data ? formatGrid(data) : PLACEHOLDER} testId="mock-grid" />
        <Stat
          size="wide"
          label="Dashboard runs call (node:http)"
          value={data ? (data.internalUrl ?? 'not listening') : PLACEHOLDER}
          testId="mock-internal-url"
          mono
        />
        <Stat size="wide" label="curl and outside clients call" value="/piwebapi" testId="mock-public-path" mono />
      </dl>
      <p className="stats-note">
        Tier built in: the time the mock took to build this tier&apos;s tag catalogue, AF model and event frames. Values are
        computed per request from (tag, time), so nothing else is loaded.
      </p>
      {error ? (
        <ErrorNotice
          title="Refreshing the status failed; showing the last known figures"
          message={error.message}
          onRetry={() => void refetch()}
        />
      ) : null}
    </>
  );
}
