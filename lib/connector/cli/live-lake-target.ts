/**
 * The live tail's lake target: a RollingShare, so the lake shows the tail's values within one
 * commit interval and staging holds at most one interval's rows, however long the tail runs.
 */
import path from 'node:path';
import { describeLakeError, RollingShare } from '../../lake';
import { err, ok, type Result } from '../../result';
import type { ExtractTarget } from './extract-target';

export async function openLiveLakeTarget(dir: string, runId: string, commitEveryMs: number): Promise<Result<ExtractTarget, string>> {
  const opened = await RollingShare.open(dir, { runId, commitEveryMs });
  if (!opened.ok) return err(`cannot open the lake at ${dir}: ${describeLakeError(opened.error)}`);
  const lake = opened.value;
  return ok({
    sink: lake,
    finish: async () => {
      const last = await lake.finish();
      const { commits, sequences, rows } = lake.summary;
      const summary = { dir: path.resolve(dir), commits, firstSequence: sequences[0] ?? null, lastSequence: sequences.at(-1) ?? null, rows };
      // Commits before the failure stand; a restart resumes from the last of them.
      if (!last.ok) return err(`the lake's last commits failed (a restart back-fills from commit ${summary.lastSequence ?? 'none'}): ${describeLakeError(last.error)}`);
      return ok({ lake: summary });
    },
    abandon: () => lake.abandon(),
    close: async () => lake.close(),
  });
}
