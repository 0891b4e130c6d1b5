import { fileURLToPath } from 'node:url';
import path from 'node:path';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native DuckDB binary and the undici client must be loaded by Node, not bundled.
  serverExternalPackages: ['@duckdb/node-api', '@duckdb/node-bindings', 'undici'],
  turbopack: { root: projectRoot },
  poweredByHeader: false,
};

export default nextConfig;
