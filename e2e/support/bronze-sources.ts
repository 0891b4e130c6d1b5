/**
 * The sources bronze holds, as GET /api/bronze/sources lists them: specs find a server's key by
 * its name (PISRV-T128, AFSRV-T1040) rather than assuming the order keys were handed out in.
 */
import { expect, type APIRequestContext } from '@playwright/test';

export interface SourcesBody {
  dataSources: Array<{ key: number; serverName: string; tagCount: number; rowCount: number }>;
  assetSources: Array<{ key: number; serverName: string; databaseName: string; elementCount: number; frameCount: number }>;
  defaultSource: number | null;
  defaultAsset: number | null;
}

export async function bronzeSources(request: APIRequestContext): Promise<SourcesBody> {
  const response = await request.get('/api/bronze/sources');
  expect(response.status()).toBe(200);
  return (await response.json()) as SourcesBody;
}

/** The key of a PI data server (`PISRV-T128`); fails the test when bronze does not hold it. */
export async function dataSourceOrThrow(request: APIRequestContext, serverName: string): Promise<SourcesBody['dataSources'][number]> {
  const found = (await bronzeSources(request)).dataSources.find((s) => s.serverName === serverName);
  if (!found) throw new Error(`bronze holds no data source ${serverName}`);
  return found;
}

/** The key of an AF server's database (`AFSRV-T128`); fails the test when bronze does not hold it. */
export async function assetSourceOrThrow(request: APIRequestContext, serverName: string): Promise<SourcesBody['assetSources'][number]> {
  const found = (await bronzeSources(request)).assetSources.find((s) => s.serverName === serverName);
  if (!found) throw new Error(`bronze holds no AF source ${serverName}`);
  return found;
}
