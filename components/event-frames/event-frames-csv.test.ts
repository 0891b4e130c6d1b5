import { describe, expect, it } from 'vitest';
import { toCsv } from '../charts/csv';
import { frameTemplatesCsv, timelineCsv } from './event-frames-csv';

describe('event-frame CSVs', () => {
  it('count frames per template, ended and in progress', () => {
    expect(toCsv(frameTemplatesCsv([{ templateName: 'Alarm', count: 10, inProgress: 1 }]))).toBe('template,frames,ended,in progress\r\nAlarm,10,9,1\r\n');
  });

  it('list the page’s frames with their element, times in UTC and durations in seconds', () => {
    const start = Date.UTC(2024, 0, 1);
    const csv = timelineCsv(
      [{ elementWebId: 'U1', elementPath: '\\\\AF\\DB\\Plant_01\\Unit01', frameCount: 2 }],
      [
        { webId: 'F1', name: 'Batch, "A"', templateName: 'BatchRun', startMs: start, endMs: start + 90_000, severity: null, primaryElementWebId: 'U1' },
        { webId: 'F2', name: 'Open', templateName: 'Alarm', startMs: start, endMs: null, severity: null, primaryElementWebId: 'U1' },
        { webId: 'F3', name: 'Elsewhere', templateName: 'Alarm', startMs: start, endMs: null, severity: null, primaryElementWebId: 'U2' },
      ],
    );
    expect(toCsv(csv)).toBe(
      'frame,template,element,start (UTC),end (UTC),duration (s),in progress\r\n' +
        '"Batch, ""A""",BatchRun,Plant_01\\Unit01,2024-01-01T00:00:00.000Z,2024-01-01T00:01:30.000Z,90,false\r\n' +
        'Open,Alarm,Plant_01\\Unit01,2024-01-01T00:00:00.000Z,,,true\r\n',
    );
  });
});
