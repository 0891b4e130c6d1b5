import { fileURLToPath } from 'node:url';
import path from 'node:path';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native DuckDB binary and the undici client must be loaded by Node, not bundled; BullMQ reads
  // its Lua scripts and ioredis its commands at run time, so they are loaded by Node too.
  // The optional Kerberos addon too: it may be absent, and only Node can load a native module.
  serverExternalPackages: ['@duckdb/node-api', '@duckdb/node-bindings', 'undici', 'bullmq', 'ioredis', 'kerberos'],
  turbopack: { root: projectRoot },
  poweredByHeader: false,
  experimental: {
    // With a proxy (proxy.ts), Next buffers each request body up to this size so the proxy and
    // the route can both read it (10 MB by default). Just above the 4 MiB the routes accept
    // (lib/http/body-limit.ts, the mock's MaxRequestContentLength): an oversized body is cut
    // here and the route still sees more than its limit, so it answers 413.
    proxyClientMaxBodySize: 4 * 1024 * 1024 + 64 * 1024,
  },
};

export default nextConfig;
