/** The browser's fetch, stubbed for lib/client's tests: call `stubFetch` in a test; unstub in afterEach. */
import { vi } from 'vitest';
import { ApiError } from '../api-error';

/** Every fetch answers `response` (or rejects with it, as a dropped connection does); the mock records the calls. */
export function stubFetch(response: Response | Error) {
  const fake = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal('fetch', fake);
  return fake;
}

/** The ApiError `work` fails with; any other outcome fails the test. */
export async function apiErrorOf(work: () => Promise<unknown>): Promise<ApiError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}
