/**
 * Reads an NDJSON answer (one JSON document per line) as it arrives, each line checked with a
 * zod schema. A line that is not JSON or does not match is an ApiError (`contract`), not skipped:
 * a reader that skipped lines would show numbers no event carried.
 */
import { z } from 'zod';
import { ApiError } from './api-error';
import { apiErrorFromResponse } from './get-json';

export interface ReadNdjsonOptions {
  signal?: AbortSignal;
}

function parseLine<S extends z.ZodType>(url: string, lineNumber: number, line: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    throw new ApiError(200, 'contract', `${url} line ${lineNumber} is not JSON: ${line.slice(0, 120)}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ApiError(200, 'contract', `${url} line ${lineNumber} is not a valid event:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * Yields each line of `url`'s body parsed with `schema`. Throws ApiError for an unreachable server,
 * a non-2xx answer (our error body's code) or a bad line; an abort through `signal` is rethrown as is.
 * Leaving the loop early cancels the body, so the server stops sending.
 */
export async function* readNdjson<S extends z.ZodType>(url: string, schema: S, options: ReadNdjsonOptions = {}): AsyncGenerator<z.infer<S>, void, undefined> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'GET', headers: { accept: 'application/x-ndjson' }, signal: options.signal, cache: 'no-store' });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(0, 'unreachable', `${url} could not be reached: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw await apiErrorFromResponse(response);
  if (!response.body) throw new ApiError(response.status, 'contract', `${url} answered without a body`);

  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let lineNumber = 0;
  let finished = false;
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<string>;
      try {
        chunk = await reader.read();
      } catch (error) {
        if (isAbort(error)) throw error;
        throw new ApiError(0, 'unreachable', `${url} broke off: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (chunk.done) break;
      buffer += chunk.value;
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        lineNumber += 1;
        if (line.trim() !== '') yield parseLine(url, lineNumber, line, schema);
        newline = buffer.indexOf('\n');
      }
    }
    finished = true;
    // The last line may lack its newline.
    if (buffer.trim() !== '') yield parseLine(url, lineNumber + 1, buffer, schema);
  } finally {
    if (!finished) {
      try {
        await reader.cancel();
      } catch {
        // The body already failed; there is nothing left to release.
      }
    }
  }
}
