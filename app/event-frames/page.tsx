import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EventFramesView } from '@/components/event-frames/event-frames-view';

export const metadata: Metadata = { title: 'Event frames, from bronze · PI connector demo' };

export default async function EventFramesPage() {
  return (
    <>
      <div className="page-intro">
        <h1>Event frames, from bronze</h1>
        <p className="lead">
          Batch runs, maintenance, alarms and downtime as the connector landed them: how many of each, how long they last,
          when they happened, and the attribute values each one carries.
        </p>
      </div>
      {/* useSearchParams (the chosen source) needs a boundary so the frame still prerenders. */}
      <Suspense fallback={<div className="chart-skeleton source-skeleton" aria-hidden="true" />}>
        <EventFramesView />
      </Suspense>
    </>
  );
}
