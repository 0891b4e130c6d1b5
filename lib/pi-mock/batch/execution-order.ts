/**
 * The order a batch runs in (contract §6): every parent before its dependants, otherwise the order
 * of the body. A depth-first walk with an explicit stack, not recursion: a valid chain of 10,000
 * ParentIds overflowed the call stack of the recursive walk (a 500 instead of a 207), and a
 * 10,000-long cycle did so before it could be reported as one.
 */
import { err, ok, type Result } from '../../result';
import type { SubRequest } from './parse-batch';
import { clipped } from './quoted';

/** A cycle path up to this many ids is named whole (as it always was); longer ones are summarised. */
const MAX_NAMED_PATH = 10;
/** Ids of a long cycle named before the count. */
const NAMED_OF_LONG_CYCLE = 5;

/** `path` is the walk from its root to the request whose parent `repeated` is already on it. */
function cycleMessage(path: readonly string[], repeated: string): string {
  const prefix = 'The batch requests form a cycle through their ParentIds: ';
  if (path.length + 1 <= MAX_NAMED_PATH) return `${prefix}${[...path, repeated].map(clipped).join(' -> ')}.`;
  const cycle = path.slice(path.lastIndexOf(repeated));
  const named = cycle.slice(0, NAMED_OF_LONG_CYCLE).map(clipped).join(' -> ');
  const rest = cycle.length > NAMED_OF_LONG_CYCLE ? ' -> ...' : '';
  return `${prefix}${named}${rest} -> ${clipped(repeated)} (${cycle.length} requests in the cycle).`;
}

/** Ids in an order where every parent precedes its dependants; err names a cycle. */
export function executionOrder(requests: ReadonlyMap<string, SubRequest>): Result<string[], string> {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  // The walk as two parallel stacks: the ids from the root down, and each one's next parent to visit.
  const path: string[] = [];
  const nextParent: number[] = [];
  for (const root of requests.keys()) {
    if (state.has(root)) continue;
    state.set(root, 'visiting');
    path.push(root);
    nextParent.push(0);
    while (path.length > 0) {
      const top = path.length - 1;
      const id = path[top] ?? '';
      const parents = requests.get(id)?.ParentIds ?? [];
      const i = nextParent[top] ?? 0;
      if (i < parents.length) {
        nextParent[top] = i + 1;
        const parent = parents[i] ?? '';
        const seen = state.get(parent);
        if (seen === 'visiting') return err(cycleMessage(path, parent));
        if (seen === 'done') continue;
        state.set(parent, 'visiting');
        path.push(parent);
        nextParent.push(0);
      } else {
        state.set(id, 'done');
        order.push(id);
        path.pop();
        nextParent.pop();
      }
    }
  }
  return ok(order);
}
