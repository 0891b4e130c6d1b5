import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AfView } from '@/components/af/af-view';

export const metadata: Metadata = { title: 'AF hierarchy, from bronze · PI connector demo' };

export default async function AfPage() {
  return (
    <>
      <div className="page-intro">
        <h1>AF hierarchy, from bronze</h1>
        <p className="lead">
          The asset framework the connector landed: how many elements sit at each level, which templates they use, and the
          tree itself, loaded a level at a time so even the largest hierarchy opens instantly.
        </p>
      </div>
      {/* useSearchParams (the chosen source) needs a boundary so the frame still prerenders. */}
      <Suspense fallback={<div className="chart-skeleton source-skeleton" aria-hidden="true" />}>
        <AfView />
      </Suspense>
    </>
  );
}
