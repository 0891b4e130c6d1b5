/**
 * What an error boundary can say about a thrown value. Next hands error.tsx whatever was thrown:
 * an Error from a client component keeps its message; one from a server component arrives with a
 * generic message and a `digest` that matches the server's log line, so the digest is shown too.
 */
export function describeThrown(thrown: unknown): string {
  if (!(thrown instanceof Error)) return typeof thrown === 'string' && thrown ? thrown : 'Something unexpected was thrown.';
  const digest = 'digest' in thrown && typeof thrown.digest === 'string' ? thrown.digest : null;
  const message = thrown.message || thrown.name;
  return digest ? `${message} (server log reference ${digest})` : message;
}
