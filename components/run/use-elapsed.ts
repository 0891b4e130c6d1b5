'use client';

import { useEffect, useState } from 'react';

/** How often a step's clock moves on screen. */
const TICK_MS = 100;

/**
 * Milliseconds since `key` last changed, as this page measures it (0 for null): a step that moves
 * no bar shows its clock moving instead, so the page never looks stuck.
 */
export function useElapsed(key: string | null): number {
  const [elapsed, setElapsed] = useState<{ key: string | null; ms: number }>({ key: null, ms: 0 });
  useEffect(() => {
    if (key === null) return;
    const startedAt = performance.now();
    const id = setInterval(() => setElapsed({ key, ms: performance.now() - startedAt }), TICK_MS);
    return () => clearInterval(id);
  }, [key]);
  return elapsed.key === key ? elapsed.ms : 0;
}
