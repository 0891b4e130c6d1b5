/**
 * The largest request body a dashboard route reads (DESIGN §8: every input has a budget). The
 * largest legitimate body is a connection's bearer token, about 16 KiB; 4 MiB is the standalone
 * mock's limit too, so one figure holds for the whole server.
 */
export const MAX_API_BODY_BYTES = 4 * 1024 * 1024;
