import type { Metadata } from 'next';
import { LiveView } from '@/components/live/live-view';

export const metadata: Metadata = { title: 'Live · PI connector demo' };

export default function LivePage() {
  return (
    <>
      <div className="page-intro">
        <h1>Live</h1>
        <p className="lead">
          Values as they happen: the connector subscribes through PI Web API channels, lands micro-batches in DuckDB and back-fills every
          reconnect from its checkpoints with recorded reads.
        </p>
      </div>
      <LiveView />
    </>
  );
}
