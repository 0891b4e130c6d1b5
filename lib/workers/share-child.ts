/**
 * A local share process (DESIGN §5b): the dashboard forks one per share of a partitioned run when
 * no Redis is configured. It runs the share with the same code as a BullMQ worker (runShare, into
 * the run's lake), streams progress over IPC at most every PROGRESS_EVERY_MS, answers once and
 * exits. A child that dies before answering is simply run again: the lake lands it exactly once.
 */
import { performance } from 'node:perf_hooks';
import { runShare } from './run-share';
import { fromChild, toChild, type FromChild, type ToChild } from './share-child-messages';
import type { ShareProgress } from './share-job';

const PROGRESS_EVERY_MS = 100;

function send(message: FromChild): Promise<void> {
  // Parsed on the way out too: a malformed message would be dropped by the parent, silently.
  const checked = fromChild.parse(message);
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(checked, undefined, {}, () => resolve());
  });
}

const stop = new AbortController();
let started = false;

async function run(message: Extract<ToChild, { type: 'run' }>): Promise<void> {
  let lastSentMs = Number.NEGATIVE_INFINITY;
  let pending: ShareProgress | null = null;
  const result = await runShare(message.job, {
    worker: message.worker,
    attempt: message.attempt,
    env: { ...process.env, ...message.credentials },
    signal: stop.signal,
    onProgress: (progress) => {
      const now = performance.now();
      pending = progress;
      if (now - lastSentMs < PROGRESS_EVERY_MS) return;
      lastSentMs = now;
      pending = null;
      void send({ type: 'progress', progress });
    },
  });
  if (pending) await send({ type: 'progress', progress: pending });
  await send(result.ok ? { type: 'done', result: result.value } : { type: 'failed', kind: result.error.kind, message: result.error.message });
}

process.on('message', (raw) => {
  const message = toChild.safeParse(raw);
  if (!message.success) {
    void send({ type: 'failed', kind: 'refused', message: `share child: unreadable message (${message.error.issues[0]?.message ?? 'invalid'})` }).then(() => process.exit(2));
    return;
  }
  if (message.data.type === 'stop') {
    stop.abort();
    return;
  }
  if (started) return;
  started = true;
  run(message.data).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('[share child]', error);
      process.exit(1);
    },
  );
});
// The parent gone (the dashboard stopped): stop and let the lake keep what committed.
process.on('disconnect', () => stop.abort());
