'use client';

import { useState } from 'react';
import { formatCount } from '@/lib/client';
import { TIER_TAG_COUNTS, type Tier } from '@/lib/tiers';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { ErrorNotice } from '../ui/error-notice';
import { LiveChart } from './live-chart';
import { LiveFigures } from './live-figures';
import { useLiveTail } from './use-live-tail';

/** Pick a tier and a tag count, start or stop the tail, watch its figures and a few tags move. */
export function LiveView() {
  const { state, requestError, start, stop } = useLiveTail();
  const [tier, setTier] = useState<Tier>(1040);
  const [tagCount, setTagCount] = useState('1040');
  const going = state.status === 'starting' || state.status === 'live';
  const count = Number(tagCount);

  return (
    <>
      <Card title="Tail" subtitle="A world of the chosen tier on a 1 s grid, tailed through PI Web API channels (streamsets/channel) into an in-memory bronze store.">
        <form
          className="run-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void start({ tier, tagCount: count });
          }}
        >
          <div className="form-row">
            <label className="form-field">
              <span className="field-label">Tier</span>
              <select
                className="select-input"
                value={tier}
                disabled={going}
                onChange={(e) => {
                  const t = Number(e.target.value) as Tier;
                  setTier(t);
                  setTagCount(String(t));
                }}
              >
                {TIER_TAG_COUNTS.map((t) => (
                  <option key={t} value={t}>
                    {formatCount(t)} tags
                  </option>
                ))}
              </select>
            </label>
            <label className="form-field">
              <span className="field-label">Tags to subscribe</span>
              <input className="text-input" type="number" inputMode="numeric" min={1} max={tier} step={1} value={tagCount} disabled={going} onChange={(e) => setTagCount(e.target.value)} />
            </label>
            <div className="form-field live-action">
              {going ? (
                <Button variant="secondary" onClick={() => void stop()}>
                  Stop tail
                </Button>
              ) : (
                <Button type="submit">Start tail</Button>
              )}
            </div>
          </div>
        </form>
        <p className="stats-note" role="status" data-testid="live-status">
          {state.status === 'idle' && 'No tail is going.'}
          {state.status === 'starting' && 'Starting: listing points, reading each tag’s start from its checkpoints, opening channels…'}
          {state.status === 'live' && `Tailing ${formatCount(state.tagCount ?? 0)} of ${formatCount(state.tier ?? 0)} tags.`}
          {state.status === 'finished' && 'Stopped; what the sockets delivered was landed.'}
          {state.status === 'failed' && 'The tail stopped by itself.'}
        </p>
        {requestError ? <ErrorNotice title="The request failed" message={requestError} /> : null}
        {state.status === 'failed' && state.error ? <ErrorNotice title="The live tail failed" message={state.error} /> : null}
      </Card>
      {state.figures ? (
        <Card title="Figures" subtitle="Measured by the connector: lag runs from each value’s timestamp to the moment its micro-batch landed in DuckDB.">
          <LiveFigures figures={state.figures} valuesPerSecond={state.valuesPerSecond} />
        </Card>
      ) : null}
      {state.lines.length > 0 ? (
        <Card title="Values as they land" subtitle={`The first ${state.lines.length} tags subscribed, last two minutes, each on its own scale.`}>
          <LiveChart lines={state.lines} />
        </Card>
      ) : null}
    </>
  );
}
