import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PerformanceView } from '@/components/performance/performance-view';

export const metadata: Metadata = { title: 'Performance · PI connector demo' };

export default function PerformancePage() {
  return (
    <>
      <div className="page-intro">
        <h1>Performance</h1>
        <p className="lead">
          What one run measured, mode by mode, and what it means for 30,240 tags against a 5-minute SLA. Projections are
          always labelled with what they rest on.
        </p>
      </div>
      {/* useSearchParams (the chosen run) needs a boundary so the frame still prerenders. */}
      <Suspense fallback={<div className="chart-skeleton perf-skeleton" aria-hidden="true" />}>
        <PerformanceView />
      </Suspense>
    </>
  );
}
