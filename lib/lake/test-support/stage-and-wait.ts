/**
 * A writer to be killed for real (SIGKILL) by lake-share.kill.test.ts:
 *   tsx stage-and-wait.ts DIR RUN_ID TAGS stage|record|half
 * Lands TAGS tags x one day, a batch per tag, and prints READY when it reaches its step:
 * `stage` after the first batch (and keeps staging, so the kill lands mid-staging), `record`
 * once its commit record is linked, `half` once one of its files is published; then waits.
 */
import { MIN, T0, landLikeConnector, tagList } from './lake-fixture';
import { openShareOrThrow } from './open-share';

const forever = (): Promise<void> => new Promise(() => setInterval(() => undefined, 60_000));

async function main(): Promise<void> {
  const [dir = '', runId = '', tagCount = '0', step = ''] = process.argv.slice(2);
  const share = await openShareOrThrow(dir, { runId, share: { index: 1, count: 1 }, flushRows: 2_000 });
  const window = { startMs: T0, endMs: T0 + 24 * 60 * MIN };
  const tags = tagList(Number(tagCount));
  for (const [i, tag] of tags.entries()) {
    await landLikeConnector(share, [tag], runId, window);
    if (i === 0 && step === 'stage') console.log('READY');
  }
  if (step === 'stage') return forever();
  const ready = async (): Promise<void> => {
    console.log('READY');
    await forever();
  };
  await share.commit(step === 'record' ? { afterRecord: ready } : { afterPublishedFile: ready });
}

void main();
