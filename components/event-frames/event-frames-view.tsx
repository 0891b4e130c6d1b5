'use client';

import { assetSourceLabel } from '@/lib/client';
import { SourceScope } from '../ui/source-scope';
import { useAssetSourceChoice } from '../ui/use-source-choice';
import { EventFramesDatabaseView } from './event-frames-database-view';
import { NoFrames } from './frame-templates-chart';

/** The event-frame page's live part: one AF database at a time (`?asset=`), the one landed last by default. */
export function EventFramesView() {
  const choice = useAssetSourceChoice();
  return (
    <div className="data-page">
      <SourceScope label="AF server" choice={choice} describe={assetSourceLabel} empty={<NoFrames />}>
        {(source) => <EventFramesDatabaseView asset={source.key} />}
      </SourceScope>
    </div>
  );
}
