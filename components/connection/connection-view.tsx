'use client';

import { useState } from 'react';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { ErrorNotice } from '../ui/error-notice';
import { ConnectionForm } from './connection-form';
import { ConnectionTestPanel } from './connection-test-panel';
import { useConnection, useForgetConnection } from './use-connection';
import { useRunTarget } from './use-run-target';

/** Where runs read from: the embedded mock (default) or an external PI Web API, and a one-read test of either. */
export function ConnectionView() {
  const connection = useConnection();
  const forget = useForgetConnection();
  // Remounts the form after a forget, so its fields show what the server now holds.
  const [formGeneration, setFormGeneration] = useState(0);
  const [target, setTarget] = useRunTarget();
  const hasExternal = Boolean(connection.data?.url);

  return (
    <div className="connection-grid">
      <Card title="Runs read from" headingId="source-heading" subtitle="Kept in this browser; each run records the source it used.">
        <fieldset className="choice-group">
          <legend className="visually-hidden">Source of the next run</legend>
          <div className="source-choices">
            <label className="choice-tile">
              <input type="radio" name="target" value="embedded" checked={target === 'embedded'} onChange={() => setTarget('embedded')} />
              <span className="choice-title">Embedded mock (default)</span>
            </label>
            <label className="choice-tile">
              <input type="radio" name="target" value="external" checked={target === 'external'} onChange={() => setTarget('external')} />
              <span className="choice-title">External PI Web API</span>
            </label>
          </div>
        </fieldset>
        {target === 'external' && connection.data && !hasExternal ? (
          <p className="field-issue">No external server is saved yet: a run would be refused until one is.</p>
        ) : null}
        <p className="muted connection-note">
          Tier, network profile and fault rate shape the embedded mock only; an external server is measured as it is.
        </p>
        <ConnectionTestPanel target={target} />
      </Card>
      <Card title="External PI Web API" headingId="external-heading" subtitle="Credentials stay on the server: this page can set them, never read them.">
        {connection.error ? (
          <ErrorNotice title="The connection settings could not be loaded" message={connection.error.message} onRetry={() => void connection.refetch()} />
        ) : connection.data ? (
          <>
            <p className="muted connection-note">
              {connection.data.source === 'env'
                ? 'Configured from the PI_* environment of the server.'
                : connection.data.source === 'saved'
                  ? 'Saved on this page (server memory; a restart forgets it).'
                  : 'Not configured.'}{' '}
              Secret set: <strong data-testid="connection-has-secret">{connection.data.hasSecret ? 'yes' : 'no'}</strong>
            </p>
            <ConnectionForm key={formGeneration} saved={connection.data} />
            {connection.data.source === 'saved' ? (
              <div className="run-actions">
                <Button variant="secondary" disabled={forget.isPending} onClick={() => forget.mutate(undefined, { onSuccess: () => setFormGeneration((n) => n + 1) })}>
                  Forget saved connection
                </Button>
                <p className="muted">The server drops the saved URL and secret; runs fall back to the PI_* environment, if any.</p>
              </div>
            ) : null}
            {forget.error ? <ErrorNotice title="The connection was not forgotten" message={forget.error.message} /> : null}
          </>
        ) : (
          <div className="chart-skeleton" role="status" aria-label="Loading" />
        )}
      </Card>
    </div>
  );
}
