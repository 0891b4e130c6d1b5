/** A run's figures from its mode summaries: the speed-up is sequential time over batch time. */
import type { ModeSummary, RunFigures } from './schemas';

export interface AssetCounts {
  afElements: number | null;
  eventFrames: number | null;
}

/**
 * Sequential time (measured, or its labelled projection when time-boxed) over batch time
 * (streamsets when there was no batch). Null without both, or when either has no time to compare.
 */
export function computeSpeedup(modes: readonly ModeSummary[]): { speedup: number | null; speedupIsProjection: boolean } {
  const sequential = modes.find((m) => m.mode === 'sequential');
  const fast = modes.find((m) => m.mode === 'batch') ?? modes.find((m) => m.mode === 'streamsets');
  if (!sequential || !fast || fast.elapsedMs <= 0 || fast.tagsLanded === 0) return { speedup: null, speedupIsProjection: false };
  const sequentialMs = sequential.timeBoxed ? (sequential.projection?.projectedMs ?? null) : sequential.elapsedMs;
  if (sequentialMs === null || sequentialMs <= 0) return { speedup: null, speedupIsProjection: false };
  return { speedup: sequentialMs / fast.elapsedMs, speedupIsProjection: sequential.timeBoxed };
}

export function buildFigures(modes: readonly ModeSummary[], assets: AssetCounts): RunFigures {
  return { modes: [...modes], ...computeSpeedup(modes), afElements: assets.afElements, eventFrames: assets.eventFrames };
}
