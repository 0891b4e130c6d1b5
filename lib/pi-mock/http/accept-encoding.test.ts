import { describe, expect, it } from 'vitest';
import { acceptsGzip } from './accept-encoding';

describe('acceptsGzip', () => {
  it.each([
    ['gzip', true],
    ['gzip, deflate', true],
    ['deflate, GZIP', true],
    ['x-gzip', true],
    ['br;q=1.0, gzip;q=0.5', true],
    ['gzip; q=1', true],
    ['gzip;q=0.001', true],
  ])('%s: gzip', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });

  it.each([
    [undefined],
    [''],
    ['identity'],
    ['deflate'],
    ['br'],
    ['*'],
    ['gzip;q=0'],
    ['gzip;q=0.000'],
    ['gzip;q=abc'],
    ['gzip;q=2'],
    ['gzipx'],
    [`${'x'.repeat(2000)}, gzip`],
  ])('%s: identity', (header) => {
    expect(acceptsGzip(header)).toBe(false);
  });
});
