import { describe, expect, it } from 'vitest';
import { QueryParams } from '../http/query-params';
import type { StreamSource } from '../stream-source';
import { WindowResolver } from './stream-window';

const NOW = Date.parse('2024-06-01T12:00:00Z');
const point: StreamSource = { webId: 'W', name: 'N', path: 'P', sourcePath: '/points/W', units: '', tagIndex: 0 };
const frameStart = Date.parse('2024-06-01T08:00:00Z');
const frameEnd = Date.parse('2024-06-01T09:30:00Z');
const inFrame: StreamSource = { ...point, defaultWindow: { startMs: frameStart, endMs: frameEnd } };
const inProgress: StreamSource = { ...point, defaultWindow: { startMs: frameStart, endMs: null } };

const resolve = (query: string, source: StreamSource) => new WindowResolver(new QueryParams(query), NOW).resolve(source);

describe('stream time windows', () => {
  it('default to the last day for points', () => {
    expect(resolve('', point)).toEqual({ startMs: NOW - 86_400_000, endMs: NOW });
  });

  it('default to the event frame for its attributes, until now while it is in progress', () => {
    expect(resolve('', inFrame)).toEqual({ startMs: frameStart, endMs: frameEnd });
    expect(resolve('', inProgress)).toEqual({ startMs: frameStart, endMs: NOW });
    expect(resolve('startTime=2024-06-01T00:00:00Z', inFrame)).toEqual({ startMs: Date.parse('2024-06-01T00:00:00Z'), endMs: frameEnd });
  });

  it('read a bare end offset from the start, and allow end before start', () => {
    expect(resolve('startTime=2024-01-01T00:00:00Z&endTime=%2B1h', point)).toEqual({
      startMs: Date.parse('2024-01-01T00:00:00Z'),
      endMs: Date.parse('2024-01-01T01:00:00Z'),
    });
    expect(resolve('startTime=*&endTime=*-2h', point)).toEqual({ startMs: NOW, endMs: NOW - 7_200_000 });
  });
});
