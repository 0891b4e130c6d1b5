'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { ErrorNotice } from '../ui/error-notice';

interface ChartStateProps {
  /** The query's state, as react-query hands it over. */
  isPending: boolean;
  error: Error | null;
  onRetry: () => void;
  /** What failed, e.g. "Sampling intervals could not be loaded". */
  errorTitle: string;
  /** True when the data is there but holds nothing to draw. */
  isEmpty: boolean;
  /** What to do first, e.g. "No values in bronze yet: run an extraction on the Run page." */
  emptyMessage: ReactNode;
  /** Height the chart will take, so the page does not jump when it arrives. */
  height: number | string;
  children: ReactNode;
}

/** The four faces of a chart backed by a query: loading, failed (with Retry), empty (with the next step), drawn. */
export function ChartState({ isPending, error, onRetry, errorTitle, isEmpty, emptyMessage, height, children }: ChartStateProps) {
  if (error) return <ErrorNotice title={errorTitle} message={error.message} onRetry={onRetry} />;
  if (isPending) return <div className="chart-skeleton" style={{ height }} role="status" aria-label="Loading" />;
  if (isEmpty) {
    return (
      <div className="chart-empty" style={{ minHeight: typeof height === 'number' ? Math.min(height, 200) : undefined }}>
        <p>{emptyMessage}</p>
      </div>
    );
  }
  return <>{children}</>;
}

/** The link every empty state points at: runs start on the Run page. */
export function RunPageLink({ children = 'the Run page' }: { children?: ReactNode }) {
  return <Link href="/">{children}</Link>;
}
