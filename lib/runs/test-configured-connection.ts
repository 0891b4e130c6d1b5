/**
 * POST /api/connection/test behind the route: tests the saved external server, or the embedded
 * mock's listener, with the same one-read check. Without a target: external when configured.
 */
import { ensureListener } from '../pi-mock/embedded';
import { err, ok, type Result } from '../result';
import type { ConnectionTestResult } from './connection-schemas';
import { connectionView, externalTarget, type ConnectionIssue } from './connection-store';
import { testConnection } from './test-connection';

export async function testConfiguredConnection(
  target: 'embedded' | 'external' | undefined,
  signal?: AbortSignal,
): Promise<Result<ConnectionTestResult, ConnectionIssue>> {
  const chosen = target ?? (connectionView().url !== null ? 'external' : 'embedded');
  if (chosen === 'embedded') return ok(await testConnection({ baseUrl: await ensureListener(), auth: { mode: 'none' } }, signal));
  const external = externalTarget();
  if (!external.ok) return err(external.error);
  return ok(await testConnection(external.value, signal));
}
