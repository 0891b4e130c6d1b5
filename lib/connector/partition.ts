/**
 * `--partition i/N`: a deterministic share of the tag set, so N processes on N machines each take
 * one. Decided by a hash of the tag name (FNV-1a), not by list position, so a tag keeps its
 * partition when tags are added or listed in another order.
 */
import { err, ok, type Result } from '../result';

export interface Partition {
  /** 1-based, as written on the command line. */
  index: number;
  count: number;
}

export function parsePartition(text: string): Result<Partition, string> {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return err(`--partition: expected i/N such as 2/10, got '${text}'`);
  const index = Number(m[1]);
  const count = Number(m[2]);
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
