/**
 * Caller text (a request id, a Resource, a JSONPath) quoted in an error message, cut to a bounded
 * length: a batch may carry a 4 MiB key, and echoing it whole would make the error as large as
 * the request. Short text is quoted exactly as before the cut existed.
 */
export const MAX_QUOTED_CHARS = 200;

export function clipped(text: string): string {
  return text.length <= MAX_QUOTED_CHARS ? text : `${text.slice(0, MAX_QUOTED_CHARS)}... (${text.length} characters)`;
}

/** `'text'`, clipped. */
export function quoted(text: string): string {
  return `'${clipped(text)}'`;
}
