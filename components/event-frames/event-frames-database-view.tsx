'use client';

import { useId, useState } from 'react';
import { Card } from '../ui/card';
import { FrameDurationsChart } from './frame-durations-chart';
import { FrameSearchNote } from './frame-search-note';
import { FrameTable } from './frame-table';
import { FrameTemplatesChart } from './frame-templates-chart';
import { FrameTimelineChart } from './frame-timeline-chart';
import { useFrameTemplates } from './use-frame-templates';

/** One AF database's event frames; the template filter applies to the durations and the table. */
export function EventFramesDatabaseView({ asset }: { asset: number }) {
  const [template, setTemplate] = useState<string | null>(null);
  const selectId = useId();
  const templates = useFrameTemplates(asset);
  const names = (templates.data?.templates ?? []).map((t) => t.templateName).filter((n): n is string => n !== null);

  return (
    <>
      <FrameSearchNote asset={asset} />
      <div className="data-grid-2">
        <Card title="Frames by template" headingId="ef-templates-heading" subtitle="Ended and still in progress">
          <FrameTemplatesChart asset={asset} />
        </Card>
        <Card
          title="Durations"
          headingId="ef-durations-heading"
          subtitle={
            <span className="card-subtitle-row">
              <span>Ended frames, with the median</span>
              <span className="inline-field">
                <label htmlFor={selectId}>Template</label>
                <select
                  id={selectId}
                  className="select-input"
                  value={template ?? ''}
                  onChange={(event) => setTemplate(event.target.value === '' ? null : event.target.value)}
                >
                  <option value="">All templates</option>
                  {names.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              </span>
            </span>
          }
        >
          <FrameDurationsChart asset={asset} template={template} />
        </Card>
      </div>
      <Card
        title="Timeline"
        headingId="ef-timeline-heading"
        subtitle="A lane per element, a page of elements at a time; each frame from start to end, overlapping frames of one element side by side; dashed: still in progress. Drag or scroll to zoom."
      >
        <FrameTimelineChart asset={asset} />
      </Card>
      <Card
        title={template ? `Frames: ${template}` : 'Frames'}
        headingId="ef-table-heading"
        subtitle={`Newest first, with their attribute values${template ? '' : `; filter by template above`}`}
      >
        <FrameTable asset={asset} template={template} />
      </Card>
    </>
  );
}
