'use client';

import { formatCount, formatMs } from '@/lib/client';
import { Button } from '../ui/button';
import { ErrorNotice } from '../ui/error-notice';
import { Stat } from '../ui/stat';
import { connectionErrorText } from './connection-error-text';
import type { RunTargetChoice } from './use-run-target';
import { useTestConnection } from './use-connection';

/** "Test connection": one real recorded read against the chosen source, with what came back. */
export function ConnectionTestPanel({ target }: { target: RunTargetChoice }) {
  const test = useTestConnection();
  const result = test.data;
  return (
    <div className="connection-test">
      <div className="run-actions">
        <Button onClick={() => test.mutate(target)} disabled={test.isPending}>
          Test connection
        </Button>
        <p className="muted" role="status">
          {test.isPending ? `Reading one point from the ${target === 'external' ? 'external server' : 'embedded mock'}…` : ''}
        </p>
      </div>
      {test.error ? <ErrorNotice title="The test could not run" message={connectionErrorText(test.error)} onRetry={() => test.mutate(target)} /> : null}
      {result?.ok === true ? (
        <dl className="stats connection-result" data-testid="connection-result">
          <Stat size="wide" label="Endpoint" value={result.endpoint} mono />
          <Stat label="Round trip" value={formatMs(result.latencyMs)} unit="ms" />
          <Stat label="Recorded values, last hour" value={formatCount(result.values)} />
          <Stat size="wide" label="Point read" value={result.pointName} mono />
        </dl>
      ) : null}
      {result?.ok === false ? (
        // The message names the URL it failed on (with the path that failed), so the endpoint is not repeated.
        <ErrorNotice title={`The test read failed (${result.code})`} message={result.message} onRetry={() => test.mutate(target)} />
      ) : null}
    </div>
  );
}
