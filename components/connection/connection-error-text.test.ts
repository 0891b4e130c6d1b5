import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/client/api-error';
import { connectionErrorText } from './connection-error-text';

function invalid(...issues: Array<{ path: string; message: string }>): ApiError {
  return new ApiError(400, 'invalid_input', issues.map((i) => `${i.path}: ${i.message}`).join('; '), { issues });
}

describe('connectionErrorText', () => {
  it.each([
    [invalid({ path: 'url', message: 'expected an http(s) URL' }), 'PI Web API URL: expected an http(s) URL'],
    [invalid({ path: 'password', message: 'required for basic auth' }, { path: 'user', message: 'required' }), 'Password: required for basic auth; User: required'],
    [
      invalid({ path: 'target', message: 'no external PI Web API is saved yet: enter its URL under External PI Web API on the Connection page and press Save connection' }),
      'No external PI Web API is saved yet: enter its URL under External PI Web API on the Connection page and press Save connection',
    ],
    [invalid({ path: 'body', message: 'expected an object' }), 'body: expected an object'],
    [new ApiError(503, 'unavailable', 'The bronze store is unavailable'), 'The bronze store is unavailable'],
    [new Error('network down'), 'network down'],
  ])('%#: %s', (error, text) => {
    expect(connectionErrorText(error)).toBe(text);
  });
});
