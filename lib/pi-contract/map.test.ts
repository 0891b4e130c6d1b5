import { describe, expect, it } from 'vitest';
import { toEventFrame } from './map';
import type { EventFrame } from './schemas/event-frames';

const T = '2024-01-01T00:00:00Z';

describe('toEventFrame', () => {
  const base: EventFrame = { WebId: 'F', Id: 'g', Name: 'BatchRun-001', Path: '\\\\AF\\DB\\EventFrames[BatchRun-001]', TemplateName: 'BatchRun', StartTime: T, Severity: 'None', RefElementWebIds: ['E1'], CategoryNames: ['Batch'], IsAcknowledged: true };
  it.each([
    ['9999-12-31T23:59:59Z', null],
    ['9999-12-31T23:59:59.9999999Z', null],
    [null, null],
    [undefined, null],
    ['2024-01-01T02:00:00Z', '2024-01-01T02:00:00Z'],
  ])('EndTime %s -> %s', (endTime, expected) => {
    expect(toEventFrame({ ...base, EndTime: endTime }).endTime).toBe(expected);
  });

  it('maps the rest', () => {
    expect(toEventFrame({ ...base, EndTime: '2024-01-01T02:00:00Z' })).toEqual({
      webId: 'F', id: 'g', name: 'BatchRun-001', description: null, path: '\\\\AF\\DB\\EventFrames[BatchRun-001]', templateName: 'BatchRun',
      categoryNames: ['Batch'], startTime: T, endTime: '2024-01-01T02:00:00Z', severity: 'None', refElementWebIds: ['E1'], isAcknowledged: true,
    });
  });
});
