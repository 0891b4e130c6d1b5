/**
 * Next calls register() once per server process before it serves requests. The Node runtime starts
 * the embedded mock's node:http listener here, so dashboard runs measure PI-style serving rather
 * than Next's route handler (DESIGN §9). The import is dynamic: the Edge runtime must not load node:http.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { ensureListener } = await import('./lib/pi-mock');
  try {
    console.log(`[pi-mock] embedded mock listening at ${await ensureListener()}`);
  } catch (error) {
    // Keep the dashboard up: /piwebapi still serves, and GET /api/mock tries the listener again.
    console.error('[pi-mock] embedded mock listener did not start:', error);
  }
}
