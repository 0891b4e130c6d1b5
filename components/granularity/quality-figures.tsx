'use client';

import { formatCount } from '@/lib/client/format';
import { ErrorNotice } from '../ui/error-notice';
import { Stat } from '../ui/stat';
import { useQuality } from './use-quality';

const percent = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const PLACEHOLDER = '…';

/** Share of landed values per PI quality flag; flags overlap, so they need not sum to 100. */
export function QualityFigures({ source, webId }: { source: number; webId: string | null }) {
  const { data, error, isPending, refetch } = useQuality(source, webId);
  if (error) return <ErrorNotice title="Quality flags could not be loaded" message={error.message} onRetry={() => void refetch()} />;
  const pct = (key: 'good' | 'questionable' | 'substituted' | 'states' | 'annotated') =>
    data ? (data.total === 0 ? '–' : percent.format(data.percent[key])) : PLACEHOLDER;
  return (
    <dl className="stats quality-stats" aria-busy={isPending}>
      <Stat label="Good" value={pct('good')} unit="%" testId="quality-good" />
      <Stat label="Questionable" value={pct('questionable')} unit="%" testId="quality-questionable" />
      <Stat label="Substituted" value={pct('substituted')} unit="%" testId="quality-substituted" />
      <Stat label="System states" value={pct('states')} unit="%" testId="quality-states" />
      <Stat label="Annotated" value={pct('annotated')} unit="%" testId="quality-annotated" />
      <Stat label="Values" value={data ? formatCount(data.total) : PLACEHOLDER} testId="quality-total" />
    </dl>
  );
}
