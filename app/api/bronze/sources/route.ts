/**
 * GET /api/bronze/sources: the PI data servers and AF databases bronze holds, newest landing first,
 * with what each landed, and the default of each (the one landed last) that the data pages open on.
 */
import { listAssetSources, listDataSources } from '@/lib/bronze';
import { noParams, type BronzeSourcesResult } from '@/lib/api-contract';
import { readBronze } from '../read-bronze';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBronze(
    request,
    noParams,
    async (store): Promise<BronzeSourcesResult> => {
      const [dataSources, assetSources] = await Promise.all([listDataSources(store), listAssetSources(store)]);
      return {
        dataSources,
        assetSources,
        defaultSource: dataSources[0]?.key ?? null,
        defaultAsset: assetSources[0]?.key ?? null,
      };
    },
    'sources',
  );
}
