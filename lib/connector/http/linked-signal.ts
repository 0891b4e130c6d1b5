/**
 * One signal that aborts when any of its sources does. Not AbortSignal.any: combined with a
 * long-lived run signal once per request it leaked on Node 20-22 (nodejs/node#55351, #54614);
 * here listeners are removed explicitly when the call ends.
 */

export interface LinkedSignal {
  signal: AbortSignal | undefined;
  /** Detaches from the sources; call when the operation ends. */
  dispose(): void;
}

export function linkSignals(...sources: Array<AbortSignal | undefined>): LinkedSignal {
  const present = sources.filter((s): s is AbortSignal => s !== undefined);
  if (present.length <= 1) return { signal: present[0], dispose: () => undefined };
  const controller = new AbortController();
  const aborted = present.find((s) => s.aborted);
  if (aborted !== undefined) {
    controller.abort(aborted.reason);
    return { signal: controller.signal, dispose: () => undefined };
  }
  const onAbort = (event: Event) => controller.abort((event.target as AbortSignal).reason);
  for (const s of present) s.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    dispose: () => present.forEach((s) => s.removeEventListener('abort', onAbort)),
  };
}
