'use client';

import Link from 'next/link';
import { describeThrown } from './describe-thrown';
import { ErrorNotice } from './error-notice';

/** What Next passes an error.tsx (and global-error.tsx) in version 16. */
export interface SegmentErrorProps {
  /** Whatever was thrown: not always an Error. */
  error: unknown;
  /** Re-fetches the segment from the server and renders it again (reset() alone would only re-render). */
  retry: () => void;
}

/**
 * The one panel every route segment's error.tsx shows: which page failed, what was thrown, Try
 * again, and a way back to the Run page. The navigation stays usable above it.
 */
export function SegmentError({ error, retry, pageName }: SegmentErrorProps & { pageName: string }) {
  return (
    <div className="segment-error">
      <div className="page-intro">
        <h1>{pageName}</h1>
      </div>
      <ErrorNotice title={`${pageName} could not be shown`} message={describeThrown(error)} onRetry={retry} retryLabel="Try again" />
      <p className="segment-error-home">
        <Link href="/">Back to the Run page</Link>
      </p>
    </div>
  );
}
