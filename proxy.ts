/**
 * Next 16's proxy (formerly middleware) runs before every route, pages, /api and the embedded
 * /piwebapi alike: no matcher, so a route added later cannot slip past. It only checks headers
 * (lib/http/guard-request.ts); bodies are limited by the routes that read them.
 */
import type { NextRequest } from 'next/server';
import { getEnv } from '@/lib/env';
import { guardRequest } from '@/lib/http';

export function proxy(request: NextRequest): Response | undefined {
  return guardRequest(request, { allowedHosts: getEnv().ALLOWED_HOSTS }) ?? undefined;
}
