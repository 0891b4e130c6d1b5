/**
 * `--partition i/N`: a deterministic share of the tag set, so N processes on N machines each take
 * one. Decided by a hash of the tag name (FNV-1a), not by list position, so a tag keeps its
 * partition when tags are added or listed in another order. `auto/N` takes i from the scheduler
 * that started the process: a Kubernetes Indexed Job or an AWS Batch array job (both 0-based).
 */
import { err, ok, type Result } from '../result';

export interface Partition {
  /** 1-based, as written on the command line. */
  index: number;
  count: number;
}

/** Where schedulers put a task's 0-based index, in the order they are asked. */
export const SCHEDULER_INDEX_VARIABLES = ['JOB_COMPLETION_INDEX', 'AWS_BATCH_JOB_ARRAY_INDEX'] as const;

function indexFromScheduler(count: number, env: Readonly<Record<string, string | undefined>>): Result<number, string> {
  for (const name of SCHEDULER_INDEX_VARIABLES) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    if (!/^\d+$/.test(raw.trim())) return err(`--partition auto/${count}: ${name} is '${raw}', not a whole number`);
    const zeroBased = Number(raw.trim());
    if (zeroBased >= count) return err(`--partition auto/${count}: ${name} is ${zeroBased}, but shares are numbered 0..${count - 1}`);
    return ok(zeroBased + 1);
  }
  return err(
    `--partition auto/${count}: no scheduler index in the environment; set ${SCHEDULER_INDEX_VARIABLES.join(' or ')} ` +
      '(a Kubernetes Indexed Job or an AWS Batch array job does), or use --partition i/N',
  );
}

export function parsePartition(text: string, env: Readonly<Record<string, string | undefined>> = {}): Result<Partition, string> {
  const m = /^(\d+|auto)\/(\d+)$/.exec(text.trim());
  if (!m) return err(`--partition: expected i/N such as 2/10, or auto/N, got '${text}'`);
  const count = Number(m[2]);
  if (count < 1) return err(`--partition: N must be at least 1, got '${text}'`);
  if (m[1] === 'auto') {
    const index = indexFromScheduler(count, env);
    return index.ok ? ok({ index: index.value, count }) : index;
  }
  const index = Number(m[1]);
  if (count < 1 || index < 1 || index > count) return err(`--partition: i must be between 1 and N, got '${text}'`);
  return ok({ index, count });
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function inPartition(tagName: string, partition: Partition): boolean {
  return fnv1a(tagName.toUpperCase()) % partition.count === partition.index - 1;
}
