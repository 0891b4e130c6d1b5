'use client';

import { useId, useState } from 'react';
import { Card } from '../ui/card';
import { FrameDurationsChart } from './frame-durations-chart';
import { FrameTable } from './frame-table';
import { FrameTemplatesChart } from './frame-templates-chart';
import { FrameTimelineChart } from './frame-timeline-chart';
import { useFrameTemplates } from './use-frame-templates';

/** The event-frame page's live part; the template filter applies to the durations and the table. */
export function EventFramesView() {
  const [template, setTemplate] = useState<string | null>(null);
  const selectId = useId();
  const templates = useFrameTemplates();
  const names = (templates.data?.templates ?? []).map((t) => t.templateName).filter((n): n is string => n !== null);

  return (
    <div className="data-page">
      <div className="data-grid-2">
        <Card title="Frames by template" headingId="ef-templates-heading" subtitle="Ended and still in progress">
          <FrameTemplatesChart />
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
          <FrameDurationsChart template={template} />
        </Card>
      </div>
      <Card title="Timeline" headingId="ef-timeline-heading" subtitle="Each frame from start to end; dashed: still in progress. Drag or scroll to zoom.">
        <FrameTimelineChart />
      </Card>
      <Card
        title={template ? `Frames: ${template}` : 'Frames'}
        headingId="ef-table-heading"
        subtitle={`Newest first, with their attribute values${template ? '' : `; filter by template above`}`}
      >
        <FrameTable template={template} />
      </Card>
    </div>
  );
}
