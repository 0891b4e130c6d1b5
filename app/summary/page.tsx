import type { Metadata } from 'next';
import { SummaryView } from '@/components/summary/summary-view';

export const metadata: Metadata = { title: 'Summary · PI connector demo' };

export default function SummaryPage() {
  return (
    <>
      <div className="page-intro">
        <h1>Summary</h1>
        <p className="lead">
          What the project&apos;s seed documents claim, and what this dashboard measured. A claim nobody here measured is
          shown as reported, with its source.
        </p>
      </div>
      <SummaryView />
    </>
  );
}
