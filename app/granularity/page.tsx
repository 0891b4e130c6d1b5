import type { Metadata } from 'next';
import { Suspense } from 'react';
import { GranularityView } from '@/components/granularity/granularity-view';

export const metadata: Metadata = { title: 'Granularity, from bronze · PI connector demo' };

export default async function GranularityPage() {
  return (
    <>
      <div className="page-intro">
        <h1>Granularity, from bronze</h1>
        <p className="lead">
          Every value the connector landed, with PI&apos;s quality flags, and how often the tags were really sampled
          against a 300 s polling alternative.
        </p>
      </div>
      {/* useSearchParams (the chosen source) needs a boundary so the frame still prerenders. */}
      <Suspense fallback={<div className="chart-skeleton source-skeleton" aria-hidden="true" />}>
        <GranularityView />
      </Suspense>
    </>
  );
}
