'use client';

import { dataSourceLabel } from '@/lib/client';
import { SourceScope } from '../ui/source-scope';
import { useDataSourceChoice } from '../ui/use-source-choice';
import { GranularitySourceView } from './granularity-source-view';
import { NoValues } from './series-chart';

/** The granularity page's live part: one PI data server at a time (`?source=`), the one landed last by default. */
export function GranularityView() {
  const choice = useDataSourceChoice();
  return (
    <div className="data-page">
      <SourceScope label="PI server" choice={choice} describe={dataSourceLabel} empty={<NoValues />}>
        {(source) => <GranularitySourceView source={source.key} />}
      </SourceScope>
    </div>
  );
}
