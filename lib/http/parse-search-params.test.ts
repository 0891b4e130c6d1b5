import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseSearchParams, searchParamsRecord } from './parse-search-params';

const schema = z.object({ q: z.string().default(''), n: z.coerce.number().int().max(5).optional() });

describe('searchParamsRecord', () => {
  it('keeps the first of a repeated parameter and drops empty ones', () => {
    expect(searchParamsRecord(new URLSearchParams('a=1&a=2&b=&c=x'))).toEqual({ a: '1', c: 'x' });
  });
});

describe('parseSearchParams', () => {
  it('parses a Request, a URL and a relative string alike', () => {
    for (const input of [new Request('http://127.0.0.1/api?q=Temp&n=3'), new URL('http://h/api?q=Temp&n=3'), '/api?q=Temp&n=3']) {
      expect(parseSearchParams(input, schema)).toEqual({ ok: true, value: { q: 'Temp', n: 3 } });
    }
  });

  it('answers a 400 naming the parameter', async () => {
    const result = parseSearchParams('/api?n=9', schema);
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.status).toBe(400);
    expect(await result.error.json()).toEqual({
      error: {
        code: 'invalid_input',
        message: 'n: Too big: expected number to be <=5',
        details: { issues: [{ path: 'n', message: 'Too big: expected number to be <=5' }] },
      },
    });
  });
});
