import { describe, expect, it } from 'vitest';
import { toElement, toEventFrame, toPoint, toTimedValue } from './map';
import type { EventFrame } from './schemas/event-frames';

const T = '2024-01-01T00:00:00Z';

describe('toTimedValue', () => {
  it.each([
    ['full good value', { Timestamp: T, Value: 42.5, Good: true, Questionable: true, Substituted: false, Annotated: true },
      { timestamp: T, value: 42.5, state: null, good: true, questionable: true, substituted: false, annotated: true }],
    ['selectedFields dropped the flags', { Timestamp: T, Value: 0 },
      { timestamp: T, value: 0, state: null, good: true, questionable: false, substituted: false, annotated: false }],
    ['system state', { Timestamp: T, Value: { Name: 'I/O Timeout', Value: 246, IsSystem: true }, Good: false },
      { timestamp: T, value: null, state: 'I/O Timeout', good: false, questionable: false, substituted: false, annotated: false }],
    ['digital normal state keeps its code', { Timestamp: T, Value: { Name: 'Running', Value: 2, IsSystem: false }, Good: true },
      { timestamp: T, value: 2, state: 'Running', good: true, questionable: false, substituted: false, annotated: false }],
    ['boolean', { Timestamp: T, Value: true }, { timestamp: T, value: 1, state: null, good: true, questionable: false, substituted: false, annotated: false }],
    ['string', { Timestamp: T, Value: 'text' }, { timestamp: T, value: null, state: null, good: true, questionable: false, substituted: false, annotated: false }],
    ['bad value {Errors}', { Timestamp: T, Value: { Errors: ['Calc failed'] }, Good: false },
      { timestamp: T, value: null, state: null, good: false, questionable: false, substituted: false, annotated: false }],
    ['null', { Timestamp: T, Value: null, Substituted: true },
      { timestamp: T, value: null, state: null, good: true, questionable: false, substituted: true, annotated: false }],
  ])('%s', (_name, input, expected) => {
    expect(toTimedValue(input)).toEqual(expected);
  });
});

describe('toPoint', () => {
  it('maps every field and turns empty strings and absent values into null', () => {
    expect(toPoint({ WebId: 'W', Id: 7, Name: 'T1', Path: '\\\\SRV\\T1', Descriptor: '', PointClass: 'classic', PointType: 'Float32', DigitalSetName: '', EngineeringUnits: 'degC', Span: 80, Zero: 20, Step: true, Future: false }))
      .toEqual({ webId: 'W', id: 7, name: 'T1', path: '\\\\SRV\\T1', descriptor: null, pointClass: 'classic', pointType: 'Float32', digitalSetName: null, engineeringUnits: 'degC', span: 80, zero: 20, step: true, future: false });
    expect(toPoint({ WebId: 'W', Name: 'T1', Span: null }))
      .toEqual({ webId: 'W', id: null, name: 'T1', path: null, descriptor: null, pointClass: null, pointType: null, digitalSetName: null, engineeringUnits: null, span: null, zero: null, step: false, future: false });
  });
});

describe('toElement', () => {
  it.each([
    ['\\\\AF\\DB\\Sydney\\Unit_01', '\\\\AF\\DB\\Sydney'],
    ['\\\\AF\\DB\\Sydney', null],
  ])('%s has parent %s', (path, parentPath) => {
    expect(toElement({ WebId: 'E', Name: 'x', Path: path, TemplateName: '', Paths: null })).toEqual({
      webId: 'E', id: null, name: 'x', description: null, path, parentPath, templateName: null, categoryNames: [], hasChildren: false,
    });
  });

  it('keeps template, categories and children flag', () => {
    const e = toElement({ WebId: 'E', Id: 'g', Name: 'P', Description: 'pump', Path: '\\\\AF\\DB\\A\\B\\P', TemplateName: 'Pump', CategoryNames: ['Equipment'], HasChildren: true });
    expect(e).toMatchObject({ id: 'g', description: 'pump', parentPath: '\\\\AF\\DB\\A\\B', templateName: 'Pump', categoryNames: ['Equipment'], hasChildren: true });
  });
});

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
