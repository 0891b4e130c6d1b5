import { randomBytes } from 'node:crypto';

/** Sortable and unique: `run-20240101T000000Z-1a2b3c`. */
export function newRunId(nowMs = Date.now()): string {
  const stamp = new Date(nowMs).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  return `run-${stamp}-${randomBytes(3).toString('hex')}`;
}
