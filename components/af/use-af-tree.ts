'use client';

import { useQueries } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { apiRoutes, getJson, queryKeys } from '@/lib/client';
import { afChildrenResult, type AfChildrenResult } from '@/lib/api-contract';
import type { LoadedLevels } from './tree-model';

/** One level at most: 63 units per facility at 30,240 tags, far below it. */
const CHILDREN_LIMIT = 500;

/**
 * One AF database's tree, loaded lazily: one request for the top level, then one per element the
 * user expands. Collapsing keeps what was loaded, so expanding again is instant.
 */
export function useAfTree(asset: number) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const parents = useMemo<(string | null)[]>(() => [null, ...expanded], [expanded]);
  const results = useQueries({
    queries: parents.map((parent) => ({
      queryKey: queryKeys.afChildren(asset, parent),
      queryFn: ({ signal }) => getJson(apiRoutes.afChildren({ asset, parent, limit: CHILDREN_LIMIT }), afChildrenResult, { signal }),
    })),
  });

  const loaded: LoadedLevels = useMemo(() => {
    const map = new Map<string | null, AfChildrenResult>();
    results.forEach((result, i) => {
      if (result.data) map.set(parents[i] ?? null, result.data);
    });
    return map;
  }, [results, parents]);

  const toggle = useCallback((webId: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(webId)) next.add(webId);
      return next;
    });
  }, []);

  const roots = results[0];
  const failed = results.find((r) => r.error);
  return {
    loaded,
    expanded,
    toggle,
    rootsPending: roots?.isPending ?? true,
    error: failed?.error ?? null,
    retry: () => results.forEach((r) => r.error && void r.refetch()),
  };
}
