/**
 * A second `next start` of the same build, on a bronze file of its own, for the spec that clears
 * bronze and history (clear-bronze.spec.ts): clearing the shared server's file would empty the
 * seeded data every other spec reads. playwright.config.ts starts it after the main server.
 */
const mainPort = Number(process.env.E2E_PORT ?? 3000);

/** E2E_CLEAR_PORT, else 1000 above E2E_PORT (4000 by default). */
export const CLEAR_PORT = Number(process.env.E2E_CLEAR_PORT ?? mainPort + 1000);
export const CLEAR_BASE_URL = `http://127.0.0.1:${CLEAR_PORT}`;
export const CLEAR_BRONZE_FILE = 'data/e2e/clear-bronze.duckdb';
