/**
 * A request the mock refuses, answered PI-style as `{"Errors":[...]}` (contract §1.3).
 * Handlers throw it from deep inside parsing; the router turns it into the response.
 */
export class PiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
    readonly headers: Record<string, string> = {},
  ) {
    super(messages.join(' '));
    this.name = 'PiRequestError';
  }
}

export function badRequest(message: string): PiRequestError {
  return new PiRequestError(400, [message]);
}

export function notFound(message: string): PiRequestError {
  return new PiRequestError(404, [message]);
}
