/**
 * How both extract modes end. The target is finished whatever happened (values landed before a
 * failure are exact and covered, so they are made visible either way); one JSON summary line goes
 * to stdout; the exit code is 1 when the run failed, the target could not finish, or the run
 * stopped by itself (`fatal`), else the mode's own code for a run that went through.
 */
import type { Result } from '../../result';
import type { ExtractTarget } from './extract-target';

interface Ending<V, E> {
  result: Result<V, E>;
  describe: (error: E) => string;
  summary: (value: V, finished: Record<string, unknown>) => object;
  doneCode: (value: V) => number;
}

export async function endExtraction<V extends { fatal: string | null }, E>(target: ExtractTarget, ending: Ending<V, E>): Promise<number> {
  const { result } = ending;
  const finished = await target.finish();
  if (!result.ok) {
    console.error(ending.describe(result.error));
    if (!finished.ok) console.error(finished.error);
    return 1;
  }
  console.log(JSON.stringify(ending.summary(result.value, finished.ok ? finished.value : {})));
  if (!finished.ok) {
    console.error(finished.error);
    return 1;
  }
  if (result.value.fatal) {
    console.error(result.value.fatal);
    return 1;
  }
  return ending.doneCode(result.value);
}

/** Runs `work` against an open target: a throw (a bug) drops what this process staged; the client and target close either way. */
export async function withTarget<T>(target: ExtractTarget, client: { close(): Promise<void> }, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await target.abandon();
    throw error;
  } finally {
    await client.close();
    await target.close();
  }
}
