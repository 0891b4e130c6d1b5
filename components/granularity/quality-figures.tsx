'use client';

import { formatCount } from '@/lib/client';
import type { QualityClasses } from '@/lib/api-contract';
import { ErrorNotice } from '../ui/error-notice';
import { Stat } from '../ui/stat';
import { useQuality } from './use-quality';

const percent = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const PLACEHOLDER = '…';

/**
 * Share of landed values per quality class. PI's flags overlap (a value can be questionable AND
 * substituted), so shares per flag would add up past 100 with nothing to say why: each value is
 * counted here once, in one class, and the classes add up to 100. Annotation can sit on a value
 * of any class, so it is counted apart.
 */
const CLASSES: readonly { key: keyof QualityClasses; label: string; testId: string }[] = [
  { key: 'goodUnflagged', label: 'Good, no flag', testId: 'quality-good' },
  { key: 'questionableOnly', label: 'Questionable', testId: 'quality-questionable' },
  { key: 'substitutedOnly', label: 'Substituted', testId: 'quality-substituted' },
  { key: 'questionableAndSubstituted', label: 'Questionable and substituted', testId: 'quality-both' },
  { key: 'states', label: 'System states', testId: 'quality-states' },
  { key: 'otherNotGood', label: 'Not good, no flag', testId: 'quality-other' },
];

export function QualityFigures({ source, webId }: { source: number; webId: string | null }) {
  const { data, error, isPending, refetch } = useQuality(source, webId);
  if (error) return <ErrorNotice title="Quality flags could not be loaded" message={error.message} onRetry={() => void refetch()} />;
  const pct = (n: number | undefined) => (data && n !== undefined ? (data.total === 0 ? '–' : percent.format(n)) : PLACEHOLDER);
  // "Not good, no flag" never happens on the mock: shown only when a server sent such values.
  const shown = CLASSES.filter((c) => c.key !== 'otherNotGood' || (data?.exclusive.counts.otherNotGood ?? 0) > 0);
  return (
    <>
      <dl className="stats quality-stats" aria-busy={isPending}>
        {shown.map((c) => (
          <Stat key={c.key} label={c.label} value={pct(data?.exclusive.percent[c.key])} unit="%" testId={c.testId} />
        ))}
        <Stat label="Values" value={data ? formatCount(data.total) : PLACEHOLDER} testId="quality-total" />
      </dl>
      <p className="quality-note" data-testid="quality-note">
        Each value counts once, so these add up to 100 %: one both questionable and substituted counts only under “Questionable and
        substituted”.{' '}
        {data && data.total > 0 ? (
          <>
            Annotated (on a value of any class):{' '}
            <strong data-testid="quality-annotated">{percent.format(data.percent.annotated)}</strong> %.
          </>
        ) : null}
      </p>
    </>
  );
}
