/** The CSV beside each event-frame chart: frames per template, and the frames a timeline page draws. */
import type { FrameTemplatesResult, TimelineFrame, TimelineLane } from '@/lib/api-contract';
import { csvTime, type CsvTable } from '../charts/csv';
import { laneLabel, NO_ELEMENT, NO_TEMPLATE } from './timeline-option';

export function frameTemplatesCsv(templates: FrameTemplatesResult['templates']): CsvTable {
  return {
    header: ['template', 'frames', 'ended', 'in progress'],
    rows: templates.map((t) => [t.templateName ?? NO_TEMPLATE, t.count, t.count - t.inProgress, t.inProgress]),
  };
}

/** Every frame of the page's lanes; an open frame has no end and no duration yet. */
export function timelineCsv(lanes: readonly TimelineLane[], frames: readonly TimelineFrame[]): CsvTable {
  const names = new Map(lanes.map((l) => [l.elementWebId, laneLabel(l)]));
  return {
    header: ['frame', 'template', 'element', 'start (UTC)', 'end (UTC)', 'duration (s)', 'in progress'],
    rows: frames
      .filter((f) => names.has(f.primaryElementWebId))
      .map((f) => [
        f.name,
        f.templateName ?? NO_TEMPLATE,
        names.get(f.primaryElementWebId) ?? NO_ELEMENT,
        csvTime(f.startMs),
        csvTime(f.endMs),
        f.endMs === null ? null : (f.endMs - f.startMs) / 1000,
        f.endMs === null,
      ]),
  };
}
