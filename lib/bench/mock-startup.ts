/** Start-up time and memory of the mock per tier, each in a fresh process (medians of `reps`). */
import { layoutForTagCount } from '../tiers';
import { median, MIB } from './stats';
import { spawnMock } from './spawn-mock';

export const STARTUP_TAG_COUNTS = [128, 1040, 10000, 30240, 500000] as const;

export interface StartupRow {
  tagCount: number;
  readyMsMedian: number;
  processReadyMsMedian: number;
  idleRssMiBMedian: number;
  /** RSS once the AF model and event frames were built too. */
  fullWorldRssMiBMedian: number;
}

export async function benchMockStartup(reps: number): Promise<StartupRow[]> {
  const rows: StartupRow[] = [];
  for (const tags of STARTUP_TAG_COUNTS) {
    const ready: number[] = [];
    const processReady: number[] = [];
    const idle: number[] = [];
    const full: number[] = [];
    for (let r = 0; r < reps; r++) {
      const plain = await spawnMock(tags);
      ready.push(plain.readyMs);
      processReady.push(plain.processReadyMs);
      idle.push(plain.idleRssBytes / MIB);
      await plain.stop();
      const touched = await spawnMock(tags, ['--touch']);
      full.push(touched.idleRssBytes / MIB);
      await touched.stop();
    }
    rows.push({
      tagCount: layoutForTagCount(tags).tagCount,
      readyMsMedian: median(ready),
      processReadyMsMedian: median(processReady),
      idleRssMiBMedian: median(idle),
      fullWorldRssMiBMedian: median(full),
    });
  }
  return rows;
}

