import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiErrorBody } from '../api-contract';
import { parseJsonBody } from './parse-json-body';

const schema = z.object({ tier: z.int() });

function put(body: string): Request {
  return new Request('http://127.0.0.1/api/x', { method: 'PUT', body, headers: { 'content-type': 'application/json' } });
}

describe('parseJsonBody', () => {
  it('returns the parsed value', async () => {
    expect(await parseJsonBody(put('{"tier":1040}'), schema)).toEqual({ ok: true, value: { tier: 1040 } });
  });

  it.each([
    ['{"tier":', 'invalid_json', 'body: expected a JSON document'],
    ['', 'invalid_json', 'body: expected a JSON document'],
    ['{"tier":"1040"}', 'invalid_input', 'tier: Invalid input: expected number, received string'],
    ['[]', 'invalid_input', 'body: Invalid input: expected object, received array'],
  ])('answers %j with a 400 %s', async (text, code, message) => {
    const result = await parseJsonBody(put(text), schema);
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.status).toBe(400);
    const body = apiErrorBody.parse(await result.error.json());
    expect(body.error.code).toBe(code);
    expect(body.error.message).toBe(message);
  });

  it('answers a body over the limit with 413 naming the body', async () => {
    const result = await parseJsonBody(put(`{"tier":${' '.repeat(64)}1}`), schema, { limitBytes: 32 });
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.status).toBe(413);
    expect(await result.error.json()).toEqual({ error: { code: 'payload_too_large', message: 'body: larger than the limit of 32 bytes' } });
  });

  it('reads an empty body as undefined when allowed, so the schema default applies', async () => {
    const withDefault = z.object({ target: z.enum(['a', 'b']).optional() }).default({});
    expect(await parseJsonBody(put('  '), withDefault, { allowEmpty: true })).toEqual({ ok: true, value: {} });
    const refused = await parseJsonBody(put(''), withDefault);
    expect(refused.ok).toBe(false);
  });
});
