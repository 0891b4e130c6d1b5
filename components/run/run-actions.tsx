'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { type ApiError, fieldIssues, formatCount, describeRunIssues } from '@/lib/client';
import { useRunTarget } from '../connection/use-run-target';
import { Button } from '../ui/button';
import { ErrorNotice } from '../ui/error-notice';
import { RUN_FORM_ID } from './run-settings-form';

interface RunActionsProps {
  tier: number | undefined;
  active: boolean;
  /** Run waits while the embedded mock switches tier. */
  switchingTier: boolean;
  onCancel: () => void;
  isCancelling: boolean;
  startError: ApiError | null;
  cancelError: ApiError | null;
  /** Follow the run a 409 named. */
  onFollow: (runId: string) => void;
  /** At the row's end (the full-screen toggle). */
  extra?: ReactNode;
}

function runningRunId(error: ApiError | null): string | null {
  if (error?.code !== 'run_in_progress') return null;
  const details = error.details;
  if (typeof details === 'object' && details !== null && 'runId' in details && typeof details.runId === 'string') return details.runId;
  return null;
}

/** Why a start was refused, in the form's words: each rejected setting by its label. */
function refusalText(error: ApiError): string {
  const lines = describeRunIssues(fieldIssues(error));
  return lines.length > 0 ? lines.join('; ') : error.message;
}

/** Run and Cancel, what the run will read, and why a start or cancel was refused. */
export function RunActions({ tier, active, switchingTier, onCancel, isCancelling, startError, cancelError, onFollow, extra }: RunActionsProps) {
  const [target] = useRunTarget();
  const followId = runningRunId(startError);
  return (
    <div className="run-actions-block">
      <div className="run-actions">
        <Button type="submit" form={RUN_FORM_ID} className="button-run" disabled={active || switchingTier}>
          Run
        </Button>
        {active ? (
          <Button variant="secondary" className="button-cancel" onClick={onCancel} disabled={isCancelling}>
            Cancel run
          </Button>
        ) : null}
        <p className="run-target">
          {target === 'external' ? (
            <>
              Reads <strong>the external PI Web API</strong>
            </>
          ) : (
            <>
              {switchingTier ? 'Waiting for the tier switch of ' : `Reads ${tier === undefined ? '' : `${formatCount(tier)} tags from `}`}
              <strong>the embedded mock</strong>
            </>
          )}{' '}
          · <Link href="/connection">change</Link>
        </p>
        {extra ? <div className="run-actions-extra">{extra}</div> : null}
      </div>
      {startError ? (
        <ErrorNotice
          title="The run did not start"
          message={refusalText(startError)}
          onRetry={followId ? () => onFollow(followId) : undefined}
          retryLabel="Follow the running run"
        />
      ) : null}
      {cancelError ? <ErrorNotice title="The run was not cancelled" message={cancelError.message} /> : null}
    </div>
  );
}
