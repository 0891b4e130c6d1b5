/** What a failed call to our API throws in the browser: react-query hands it to components as `error`. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status; 0 when no response arrived. */
    readonly status: number,
    /** The server's error code (`invalid_input`, ...), or `unreachable` / `contract` / `http` from the client. */
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}
