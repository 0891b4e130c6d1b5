import type { Metadata } from 'next';
import { HistoryView } from '@/components/history/history-view';
import { ClearBronzeAction } from '@/components/nav/clear-bronze-action';

export const metadata: Metadata = { title: 'History · PI connector demo' };

export default function HistoryPage() {
  return (
    <>
      <div className="page-intro page-intro-with-action">
        <div>
          <h1>History</h1>
          <p className="lead">Every run with its settings and figures, kept in bronze (demo.runs). Compare any two side by side.</p>
        </div>
        <ClearBronzeAction />
      </div>
      <HistoryView />
    </>
  );
}
