'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';
import { chooseSource } from '@/lib/client';
import type { AssetSourceSummary, BronzeSourcesResult, DataSourceSummary } from '@/lib/api-contract';
import { useBronzeSources } from './use-bronze-sources';

/** The URL parameter a page keeps its source in, named as the routes name it. */
export type SourceParam = 'source' | 'asset';

export interface SourceChoice<T extends { key: number }> {
  isPending: boolean;
  error: Error | null;
  retry: () => void;
  /** Newest landing first. */
  sources: readonly T[];
  /** Null while pending, or when bronze holds no source of this kind. */
  chosen: T | null;
  /** What `?source=` / `?asset=` said when it named no listed source (the default is shown instead). */
  unknownRequest: string | null;
  choose: (key: number) => void;
}

function useSourceChoice<T extends { key: number }>(
  param: SourceParam,
  pick: (sources: BronzeSourcesResult) => { sources: readonly T[]; defaultKey: number | null },
): SourceChoice<T> {
  const query = useBronzeSources();
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const { sources, defaultKey } = query.data ? pick(query.data) : { sources: [], defaultKey: null };
  const { chosen, unknownRequest } = chooseSource(sources, defaultKey, searchParams.get(param));
  const choose = useCallback(
    (key: number) => {
      // The choice lives in the URL: a reload or a shared link opens the same source.
      const next = new URLSearchParams(searchParams.toString());
      next.set(param, String(key));
      router.replace(`${pathname}?${next.toString()}`, { scroll: false });
    },
    [param, pathname, router, searchParams],
  );
  return {
    isPending: query.isPending,
    error: query.error,
    retry: () => void query.refetch(),
    sources,
    chosen,
    unknownRequest,
    choose,
  };
}

/** The PI data server the granularity page shows (`?source=`). */
export function useDataSourceChoice(): SourceChoice<DataSourceSummary> {
  return useSourceChoice('source', (r) => ({ sources: r.dataSources, defaultKey: r.defaultSource }));
}

/** The AF database the AF and event-frame pages show (`?asset=`). */
export function useAssetSourceChoice(): SourceChoice<AssetSourceSummary> {
  return useSourceChoice('asset', (r) => ({ sources: r.assetSources, defaultKey: r.defaultAsset }));
}
