import { STATUS_CODES } from 'node:http';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { API_ERROR_CODES, apiErrorBody, type ApiErrorCode } from '../api-contract';
import { errorResponse, internalErrorResponse, invalidInputResponse, statusOf } from './error-response';

/** Our codes that are not HTTP's own reason phrase, and the phrase each stands for. */
const REASON_OF_OURS: Partial<Record<ApiErrorCode, string>> = {
  invalid_input: 'Bad Request',
  invalid_json: 'Bad Request',
  run_in_progress: 'Conflict',
  internal: 'Internal Server Error',
  unavailable: 'Service Unavailable',
};
const reasonOf = (code: ApiErrorCode) => REASON_OF_OURS[code] ?? code.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');

describe('errorResponse', () => {
  // Checked against HTTP's reason phrases (node:http), not a copy of the table under test.
  it.each(API_ERROR_CODES)('answers %s with the HTTP status of that name', (code) => {
    const status = statusOf(code);
    expect(STATUS_CODES[status]).toBe(reasonOf(code));
    expect(errorResponse({ code, message: 'm' }).status).toBe(status);
  });

  it('writes the shared body shape and omits absent details', async () => {
    const response = errorResponse({ code: 'not_found', message: 'run r1 does not exist' });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body: unknown = await response.json();
    expect(body).toEqual({ error: { code: 'not_found', message: 'run r1 does not exist' } });
    expect(apiErrorBody.safeParse(body).success).toBe(true);
  });
});

describe('invalidInputResponse', () => {
  const schema = z.object({ tier: z.literal([128, 1040], { error: 'expected one of 128, 1040' }), name: z.string() });

  it('names every bad field in the message and in details', async () => {
    const parsed = schema.safeParse({ tier: 7, name: 3 });
    if (parsed.success) throw new Error('expected a failure');
    const response = invalidInputResponse(parsed.error);
    expect(response.status).toBe(400);
    const body = apiErrorBody.parse(await response.json());
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message).toBe('tier: expected one of 128, 1040; name: Invalid input: expected string, received number');
    expect(body.error.details).toEqual({
      issues: [
        { path: 'tier', message: 'expected one of 128, 1040' },
        { path: 'name', message: 'Invalid input: expected string, received number' },
      ],
    });
  });

  it('names the whole input after the root when it is not an object', async () => {
    const parsed = schema.safeParse('nope');
    if (parsed.success) throw new Error('expected a failure');
    const body = apiErrorBody.parse(await invalidInputResponse(parsed.error, 'query').json());
    expect(body.error.message).toMatch(/^query: /);
  });
});

describe('internalErrorResponse', () => {
  it('leaks nothing of the cause', async () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      const response = internalErrorResponse(new Error('/secret/path exploded'), 'test');
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toContain('secret');
      expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: 'Internal error; see the server log.' } });
    } finally {
      console.error = original;
    }
  });
});
