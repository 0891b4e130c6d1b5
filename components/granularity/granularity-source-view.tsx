'use client';

import { useId, useState } from 'react';
import type { TagMatch } from '@/lib/api-contract';
import { Card } from '../ui/card';
import { ErrorNotice } from '../ui/error-notice';
import { IntervalChart } from './interval-chart';
import { QualityFigures } from './quality-figures';
import { SeriesChart } from './series-chart';
import { TagPicker } from './tag-picker';
import { useTagSearch } from './use-tag-search';

type Scope = 'tag' | 'all';

/** One PI data server on the granularity page: pick a tag; see its values, and intervals and quality for it or for all its tags. */
export function GranularitySourceView({ source }: { source: number }) {
  const [picked, setPicked] = useState<TagMatch | null>(null);
  const [scope, setScope] = useState<Scope>('all');
  const scopeName = useId();
  // Until the presenter picks one, show the first tag A-Z: the page opens on a drawn chart.
  const first = useTagSearch(source, '');
  const tag = picked ?? first.data?.tags[0] ?? null;
  const scopedWebId = scope === 'tag' && tag ? tag.webId : null;
  const scopeLabel = scopedWebId && tag ? tag.name : 'all tags';

  return (
    <>
      <div className="granularity-top">
        <Card title="Tag and quality" headingId="granularity-tag-heading" subtitle="Server-side search: type any part of a name">
          <TagPicker source={source} selected={tag} onSelect={setPicked} />
          <fieldset className="segmented" aria-describedby="granularity-scope-hint">
            <legend className="field-label">Quality and intervals for</legend>
            {(['all', 'tag'] as const).map((value) => (
              <label key={value} className="segment">
                <input type="radio" name={scopeName} value={value} checked={scope === value} onChange={() => setScope(value)} />
                {value === 'all' ? 'All tags' : 'This tag'}
              </label>
            ))}
          </fieldset>
          <p id="granularity-scope-hint" className="visually-hidden">
            Applies to the quality percentages below and the sampling-interval histogram.
          </p>
          <QualityFigures source={source} webId={scopedWebId} />
        </Card>
        <Card
          title={tag ? `Raw values: ${tag.name}` : 'Raw values'}
          headingId="granularity-series-heading"
          subtitle="Every landed value; questionable, substituted and system-state points marked. Drag or scroll to zoom."
        >
          {first.error && !picked ? (
            <ErrorNotice title="Tags in bronze could not be listed" message={first.error.message} onRetry={() => void first.refetch()} />
          ) : (
            <SeriesChart source={source} tag={tag} waiting={!picked && first.isPending} />
          )}
        </Card>
      </div>
      <Card
        title="Sampling intervals"
        headingId="granularity-intervals-heading"
        subtitle="Seconds between consecutive values of each tag, against a 300 s alternative. Buckets widen with the interval (1 s up to 1 h): each bar spans its own range on a log time axis."
      >
        <IntervalChart source={source} webId={scopedWebId} scopeLabel={scopeLabel} />
      </Card>
    </>
  );
}
