/**
 * A third `next start` of the same build with REDIS_URL set, on a bronze file of its own, for the
 * spec whose partitioned run goes through BullMQ (partitions.spec.ts). Its Redis is started by the
 * spec itself on a fixed loopback port (the server reads REDIS_URL once, at start) and stopped by
 * PID; the dashboard checks Redis only when a partitioned run starts, so the server needs none to
 * boot. playwright.config.ts starts it after the main server.
 */
const mainPort = Number(process.env.E2E_PORT ?? 3000);

/** E2E_REDIS_PORT, else 2000 above E2E_PORT (5000 by default). */
export const REDIS_DASHBOARD_PORT = Number(process.env.E2E_REDIS_PORT ?? mainPort + 2000);
export const REDIS_DASHBOARD_URL = `http://127.0.0.1:${REDIS_DASHBOARD_PORT}`;
export const REDIS_BRONZE_FILE = 'data/e2e/redis-bronze.duckdb';
/** E2E_REDIS_SERVER_PORT, else 3000 above E2E_PORT (6000 by default): where the spec's redis-server listens. */
export const REDIS_SERVER_PORT = Number(process.env.E2E_REDIS_SERVER_PORT ?? mainPort + 3000);
export const REDIS_URL = `redis://127.0.0.1:${REDIS_SERVER_PORT}`;
/** The lake BullMQ workers and the dashboard share (one machine here: the same path). */
export const REDIS_LAKE_DIR = 'data/e2e/redis-lake';
