'use client';

import { assetSourceLabel } from '@/lib/client';
import { SourceScope } from '../ui/source-scope';
import { useAssetSourceChoice } from '../ui/use-source-choice';
import { NoElements } from './af-levels-chart';
import { AfDatabaseView } from './af-database-view';

/** The AF page's live part: one AF database at a time (`?asset=`), the one landed last by default. */
export function AfView() {
  const choice = useAssetSourceChoice();
  return (
    <div className="data-page">
      <SourceScope label="AF server" choice={choice} describe={assetSourceLabel} empty={<NoElements />}>
        {(source) => <AfDatabaseView asset={source.key} />}
      </SourceScope>
    </div>
  );
}
