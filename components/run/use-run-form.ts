'use client';

import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { DEFAULT_RUN_FORM, loadRunForm, saveRunForm, type RunFormSettings } from '@/lib/client';

/**
 * The Run form's settings, kept outside React so they survive navigation and reload: read from
 * the URL (else local storage) and written back to both on every change. The server renders the
 * defaults; the stored settings take over right after hydration.
 */
let current: RunFormSettings | null = null;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function snapshot(): RunFormSettings {
  current ??= loadRunForm() ?? DEFAULT_RUN_FORM;
  return current;
}

function serverSnapshot(): RunFormSettings {
  return DEFAULT_RUN_FORM;
}

function write(next: RunFormSettings): void {
  current = next;
  saveRunForm(next);
  notify();
}

/** True once the browser's settings are on screen (before that, the server's defaults are). */
function subscribeNothing(): () => void {
  return () => {};
}

export function useRunForm() {
  const settings = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);

  useEffect(() => {
    // A page reached by a link carries its own query: it wins over what an earlier visit left here.
    const fromPage = loadRunForm();
    if (fromPage && JSON.stringify(fromPage) !== JSON.stringify(current)) current = fromPage;
    // Puts the settings in the URL at once, so the address bar is a link to this setup.
    write(current ?? DEFAULT_RUN_FORM);
  }, []);

  const update = useCallback((patch: Partial<RunFormSettings>) => write({ ...snapshot(), ...patch }), []);
  return { settings, update, hydrated };
}
