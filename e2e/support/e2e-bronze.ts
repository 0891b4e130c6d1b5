/**
 * The bronze file the e2e web server reads, apart from the developer's data/bronze.duckdb so a
 * test run neither needs nor disturbs it. playwright.config.ts hands it to the server as
 * BRONZE_DB_FILE; seed-bronze.ts fills it before the server starts.
 */
export const E2E_BRONZE_FILE = 'data/e2e/bronze.duckdb';
